package fr.gouv.ptce.candidature;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.time.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static fr.gouv.ptce.candidature.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Deadlines to the millisecond, with the service's clock on either side (and across DST changes). */
@QuarkusTest
@Order(3)
class EcheanceDepotTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void remettreLHorloge() {
        clock.reset();
    }

    @Test
    void laPhase2FermeAMidiParisALaMilliseconde() {
        clock.pinTo(Instant.parse("2023-07-31T09:00:00Z"));
        String p1 = Fixtures.campagnePubliee(Fixtures.campagnePhase1("2023-01-01T00:00:00+01:00", "2023-12-31T00:00:00+01:00"));
        String p2 = Fixtures.campagnePubliee(Fixtures.campagnePhase2("2023-06-01T00:00:00+02:00", "2023-07-31T12:00:00+02:00"));
        String porteur = Fixtures.porteur();
        String siretA = Fixtures.siret();
        String siretB = Fixtures.siret();
        // Both structures apply to phase 1 and phase 2 at the same time: that makes them eligible.
        Fixtures.deposer(porteur, Fixtures.brouillonComplet(porteur, p1, siretA)).then().statusCode(200);
        Fixtures.deposer(porteur, Fixtures.brouillonComplet(porteur, p1, siretB)).then().statusCode(200);
        String a = Fixtures.brouillonComplet(porteur, p2, siretA);
        String b = Fixtures.brouillonComplet(porteur, p2, siretB);

        clock.pinTo(Instant.parse("2023-07-31T09:59:59.999Z")); // 11:59:59.999 Paris (UTC+2)
        as(porteur).get("/api/v1/campagnes/" + p2).then().body("ouverte", equalTo(true));
        Fixtures.deposer(porteur, a).then().statusCode(200).body("statut", equalTo("DEPOSEE"));

        clock.pinTo(Instant.parse("2023-07-31T10:00:00.000Z")); // 12:00:00.000 Paris
        as(porteur).get("/api/v1/campagnes/" + p2).then().body("ouverte", equalTo(false));
        Fixtures.deposer(porteur, b).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("campagne-fermee"));
        as(porteur).get("/api/v1/candidatures/" + b).then().body("statut", equalTo("BROUILLON"));

        // Corrections are asked after closing: the re-submission is not bound by the window.
        ObjectNode corrections = ParcoursCandidatureTest.exemple("corrections.demandees", a);
        ParcoursCandidatureTest.envoyer("ptce.instructions", "corrections.demandees", corrections);
        ParcoursCandidatureTest.attendreStatut(porteur, a, "CORRECTIONS_DEMANDEES");
        clock.pinTo(Instant.parse("2023-08-03T08:00:00Z"));
        Fixtures.deposer(porteur, a).then().statusCode(200).body("statut", equalTo("DEPOSEE"));
    }

    @Test
    void avantLOuvertureLeDepotEstRefuse() {
        clock.pinTo(Instant.parse("2023-05-31T21:00:00Z"));
        String p1 = Fixtures.campagnePubliee(Fixtures.campagnePhase1("2023-06-01T00:00:00+02:00", "2023-12-31T00:00:00+01:00"));
        String porteur = Fixtures.porteur();
        String id = Fixtures.brouillonComplet(porteur, p1, Fixtures.siret());
        clock.pinTo(Instant.parse("2023-05-31T21:59:59.999Z"));
        Fixtures.deposer(porteur, id).then().statusCode(409).body("detail", containsString("n'accepte pas de dépôt"));
        clock.pinTo(Instant.parse("2023-05-31T22:00:00Z"));
        Fixtures.deposer(porteur, id).then().statusCode(200);
    }

    @Test
    void laPhase1FermeALaFinDuJourLeSoirDuPassageALHeureDHiver() {
        // 29 Oct 2023: clocks go back at 03:00 → 02:00; the day lasts 25 h and ends at 23:00 UTC.
        verifierFinDeJournee("2023-10-01T00:00:00+02:00", "2023-10-29T10:00:00+01:00",
                "2023-10-29T22:59:59.999Z", "2023-10-29T23:00:00Z");
    }

    @Test
    void laPhase1FermeALaFinDuJourLeSoirDuPassageALHeureDEte() {
        // 31 Mar 2024: clocks go forward at 02:00 → 03:00; the day ends at 22:00 UTC (not 23:00).
        verifierFinDeJournee("2024-03-01T00:00:00+01:00", "2024-03-31T00:00:00+01:00",
                "2024-03-31T21:59:59.999Z", "2024-03-31T22:00:00Z");
    }

    private void verifierFinDeJournee(String ouverture, String cloture, String dernier, String premierRefuse) {
        clock.pinTo(Instant.parse(dernier).minusSeconds(3600));
        String campagne = Fixtures.campagnePubliee(Fixtures.campagnePhase1(ouverture, cloture));
        String porteur = Fixtures.porteur();
        String a = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret());
        String b = Fixtures.brouillonComplet(porteur, campagne, Fixtures.siret());
        clock.pinTo(Instant.parse(dernier));
        Fixtures.deposer(porteur, a).then().statusCode(200);
        clock.pinTo(Instant.parse(premierRefuse));
        Fixtures.deposer(porteur, b).then().statusCode(409).body("code", equalTo("campagne-fermee"));
    }
}
