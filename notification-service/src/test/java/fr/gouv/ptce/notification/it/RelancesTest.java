package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.time.AdjustableClock;
import fr.gouv.ptce.notification.relances.Relances;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** Reminders driven by the clock: once at J-7, once at J-1, never twice, never to who applied. */
@QuarkusTest
class RelancesTest {

    @Inject
    AdjustableClock clock;

    @Inject
    Relances relances;

    @AfterEach
    void remettreLHorloge() {
        clock.reset();
    }

    @Test
    void uneStructureEligibleSansCandidatureEstRelanceeUneFoisAJ7PuisAJ1() throws Exception {
        String campagne = UUID.randomUUID().toString();
        Instant cloture = Instant.parse("2030-07-31T10:00:00Z");
        ObjectNode publiee = Evenements.exemple("campagne.publiee", null, null, null);
        publiee.put("campagneId", campagne);
        publiee.put("code", "PTCE-2030-P2");
        publiee.put("libelle", "AMI PTCE phase 2 — 2030");
        publiee.put("ouverture", "2030-05-31T22:00:00Z");
        publiee.put("cloture", cloture.toString());
        String e1 = Evenements.envoyer("campagne.publiee", campagne, publiee);

        String siretOublie = siret();
        String siretDepose = siret();
        String oublie = "eligible-" + siretOublie + "@exemple.fr";
        String depose = "eligible-" + siretDepose + "@exemple.fr";
        String e2 = Evenements.envoyer("laureat.phase1.designe", siretOublie, laureat(siretOublie, oublie));
        String e3 = Evenements.envoyer("laureat.phase1.designe", siretDepose, laureat(siretDepose, depose));
        String candidature = UUID.randomUUID().toString();
        ObjectNode depot = Evenements.exemple("candidature.deposee", candidature, "porteur-" + siretDepose, depose);
        depot.put("campagneId", campagne);
        ((ObjectNode) depot.get("structure")).put("siret", siretDepose);
        String e4 = Evenements.envoyer("candidature.deposee", candidature, depot);
        for (String e : new String[]{e1, e2, e3, e4}) {
            Evenements.attendreTraite(e);
        }
        String cleJ7 = "relance-cloture:" + campagne + ":" + siretOublie + ":J7";

        clock.pinTo(cloture.minus(Duration.ofDays(8)));
        relances.executer();
        assertThat(Evenements.statutsPour("evenement_id", cleJ7), is(empty()));

        clock.pinTo(cloture.minus(Duration.ofDays(7)).plus(Duration.ofHours(1)));
        relances.executer();
        relances.executer();
        // The phase-1 lauréat e-mail came first; then the one reminder.
        Courriels.attendre(oublie, 2);
        List<MimeMessage> rappels = rappels(oublie);
        assertThat(rappels, hasSize(1));
        assertThat(Courriels.sujet(rappels.get(0)), containsString("clôture le 31 juillet 2030 à 12 h 00"));
        assertThat(Courriels.texte(rappels.get(0)), containsString("dans 7 jours"));
        assertThat(Courriels.texte(rappels.get(0)), containsString("Aucune candidature de votre structure"));
        assertThat(Evenements.statutsPour("evenement_id", cleJ7), hasSize(1));

        clock.pinTo(cloture.minus(Duration.ofDays(6)));
        relances.executer();
        Thread.sleep(1000);
        assertThat(rappels(oublie), hasSize(1));

        clock.pinTo(cloture.minus(Duration.ofHours(12)));
        relances.executer();
        Courriels.attendre(oublie, 3);
        assertThat(rappels(oublie), hasSize(2));
        assertThat(Courriels.texte(rappels(oublie).get(1)), containsString("clôture demain"));

        // The structure that applied had its lauréat e-mail and its acknowledgement, no reminder.
        assertThat(SmtpDeTest.recus(depose), hasSize(2));
        assertThat(rappels(depose), is(empty()));
    }

    private static List<MimeMessage> rappels(String email) {
        return SmtpDeTest.recus(email).stream().filter(m -> Courriels.sujet(m).startsWith("Rappel")).toList();
    }

    @Test
    void unRapportAttenduEstRappeleAJ7UneSeuleFois() throws Exception {
        String candidature = UUID.randomUUID().toString();
        String email = "rapport-" + candidature.substring(0, 8) + "@exemple.fr";
        ObjectNode attendu = Evenements.exemple("rapport.attendu", candidature, "porteur-rapport", email);
        String rapport = UUID.randomUUID().toString();
        attendu.put("rapportId", rapport);
        attendu.put("dateLimite", "2030-11-15");
        Evenements.attendreTraite(Evenements.envoyer("rapport.attendu", candidature, attendu));
        Courriels.attendre(email, 1);

        clock.pinTo(Instant.parse("2030-11-09T08:00:00Z"));
        relances.executer();
        relances.executer();
        Courriels.attendre(email, 2);
        Thread.sleep(1000);
        assertThat(SmtpDeTest.recus(email), hasSize(2));
        MimeMessage rappel = SmtpDeTest.recus(email).get(1);
        assertThat(Courriels.sujet(rappel), containsString("Rappel : rapport attendu au plus tard le 15 novembre 2030"));
        assertThat(Courriels.texte(rappel), containsString("rapport d'activité de la première année"));
        assertThat(Evenements.statutsPour("evenement_id", "relance-rapport:" + rapport + ":J7"), hasSize(1));
    }

    private static ObjectNode laureat(String siret, String email) {
        ObjectNode d = Evenements.exemple("laureat.phase1.designe", UUID.randomUUID().toString(), "porteur-" + siret,
                email);
        d.put("siret", siret);
        d.put("raisonSociale", "Pôle " + siret);
        return d;
    }

    private static String siret() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000_000L, 99_999_999_999_999L));
    }
}
