package fr.gouv.ptce.notification.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.gouv.ptce.commons.testing.PtceTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Each fact of the catalogue, sent as its example through Kafka, is handled; each one the porteur
 * must hear of produces the right French e-mail in the SMTP server's mailbox, exactly once.
 */
@QuarkusTest
@QuarkusTestResource(value = PtceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(SmtpDeTest.class)
class CourrielsParEvenementTest {

    /**
     * What every negative decision says of the ways to contest it (CRPA L. 411-2, CJA R. 421-1),
     * with the service and the court configured for the tests.
     */
    static final List<String> RECOURS = List.of("Voies et délais de recours", "dans un délai de deux mois",
            "recours gracieux auprès de son auteur", "Bureau de l'économie sociale et solidaire, 1 place de l'Exemple, 75000 Paris",
            "article L. 411-2 du code des relations entre le public et l'administration",
            "recours contentieux devant le tribunal administratif de Paris",
            "article R. 421-1 du code de justice administrative", "Télérecours citoyens");

    /** The facts whose e-mail tells a decision against the porteur. */
    private static final List<String> NEGATIFS = List.of("candidature.irrecevable", "convention.resiliee",
            "reversement.demande", "rapport.rejete");

    /** Per mailed fact: a part of the subject, then key phrases of the plain-text body. */
    private static final Map<String, List<String>> ATTENDU = new LinkedHashMap<>();

    static {
        ATTENDU.put("candidature.deposee", List.of("Accusé de réception de votre candidature PTCE-2023-P2-00042",
                "Numéro de dossier : PTCE-2023-P2-00042", "Pôle Coopératif du Val", "12 juillet 2023 à 11 h 30"));
        ATTENDU.put("candidature.redeposee", List.of("PTCE-2023-P2-00042 : dossier complété bien reçu",
                "20 juillet 2023 à 16 h 00", "demande de corrections"));
        ATTENDU.put("corrections.demandees", List.of("PTCE-2023-P2-00042 : corrections demandées",
                "Les statuts transmis ne sont pas signés.", "déposez-le à nouveau"));
        ATTENDU.put("candidature.irrecevable", List.of("dossier déclaré irrecevable",
                "Moins de trois personnes morales membres.", "irrecevable le 3 août 2023"));
        ATTENDU.put("evaluateur.affecte", List.of("Dossier PTCE-2023-P2-00042 : une évaluation vous est confiée",
                "Bonjour Luc Moreau,", "affecté(e) le 28 août 2023", "conflit d'intérêts",
                "Votre évaluation : http://localhost:3000/evaluations/2c7d9e41-8a3b-4f5c-b6d7-e8f9a0b1c2d3"));
        ATTENDU.put("decision.rendue", List.of("décision du comité de sélection",
                "votre candidature est retenue, votre pôle est lauréat", "Projet mature, ancrage territorial fort."));
        ATTENDU.put("laureat.phase1.designe", List.of("PTCE-2023-P1-00007 : votre pôle est lauréat « PTCE émergent »",
                "rejoint la communauté des PTCE", "accompagnement individuel ou collectif", "éligible à la phase 2"));
        ATTENDU.put("laureat.phase2.selectionne", List.of("lauréat de la phase 2, soutien de 100 000,00 €",
                "soutien de 100 000,00 € sur 24 mois", "animation du pôle"));
        ATTENDU.put("convention.creee", List.of("convention de financement à signer",
                "Montant : 100 000,00 €", "échéance n° 1 : 50 000,00 €, versée à la signature", "24 mois"));
        ATTENDU.put("echeance.exigible", List.of("échéance n° 1 exigible",
                "50 000,00 €", "exigible depuis le 15 novembre 2023"));
        ATTENDU.put("echeance.payee", List.of("paiement de l'échéance n° 1",
                "Montant versé : 50 000,00 €", "DGFIP-2023-000123", "payée le 30 novembre 2023"));
        ATTENDU.put("rapport.attendu", List.of("rapport attendu au plus tard le 15 novembre 2024",
                "rapport d'activité de la première année"));
        ATTENDU.put("convention.resiliee", List.of("résiliation de la convention de financement",
                "Cessation d'activité de la structure porteuse.", "Montant à reverser : 10 000,00 €"));
        ATTENDU.put("reversement.demande", List.of("demande de reversement de 10 000,00 €",
                "Dépenses non justifiées au rapport financier."));
        ATTENDU.put("reversement.titre.emis", List.of("titre de perception de 10 000,00 € émis",
                "Référence du titre : TP-2024-000123", "émis le 15 juin 2024"));
        ATTENDU.put("laureat.phase2.desiste", List.of("désistement enregistré",
                "La structure renonce au financement.", "2 novembre 2023"));
        ATTENDU.put("rapport.rejete", List.of("PTCE-2023-P2-00042 : rapport non approuvé, à déposer de nouveau",
                "rapport d'activité de la première année", "n'a pas été approuvé le 20 novembre 2024",
                "ne décrit pas les actions menées", "reste en attente"));
        ATTENDU.put("rapport.approuve", List.of("PTCE-2023-P2-00042 : rapport approuvé",
                "rapport d'activité de la première année", "a été approuvé le 20 novembre 2024"));
        ATTENDU.put("inscription.session.enregistree", List.of("Inscription confirmée : Atelier modèle économique",
                "L'inscription de Pôle Coopératif du Val à la session « Atelier modèle économique », le 14 mars 2024 à 9 h 30, Maison de l'ESS, Rennes est confirmée."));
        ATTENDU.put("inscription.session.promue", List.of("Place libérée : inscription confirmée à Atelier modèle économique",
                "Une place s'est libérée", "qui était en liste d'attente, est confirmée"));
        ATTENDU.put("inscription.session.annulee", List.of("Inscription annulée : Atelier modèle économique",
                "est annulée depuis le 3 février 2024 à 9 h 00"));
    }

    @Test
    void chaqueExempleDuCatalogueEstTraiteEtChaqueFaitNotifiableDonneSonCourriel() throws Exception {
        String lot = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> destinataires = new LinkedHashMap<>();
        Map<String, String> evenements = new LinkedHashMap<>();
        for (String fact : Evenements.TOPIC.keySet()) {
            String candidature = UUID.randomUUID().toString();
            String email = fact.replace('.', '-') + "-" + lot + "@exemple.fr";
            ObjectNode donnees = Evenements.exemple(fact, candidature, "porteur-" + lot, email);
            destinataires.put(fact, email);
            evenements.put(fact, Evenements.envoyer(fact, candidature, donnees));
        }
        evenements.values().forEach(Evenements::attendreTraite);

        for (Map.Entry<String, List<String>> attendu : ATTENDU.entrySet()) {
            MimeMessage m = Courriels.unSeul(destinataires.get(attendu.getKey()));
            assertThat(attendu.getKey(), Courriels.sujet(m), containsString(attendu.getValue().get(0)));
            String texte = Courriels.texte(m);
            for (String phrase : attendu.getValue().subList(1, attendu.getValue().size())) {
                assertThat(attendu.getKey() + " (texte)", texte, containsString(phrase));
            }
            assertThat(attendu.getKey() + " (HTML)", Courriels.html(m), containsString("<html lang=\"fr\">"));
            if (NEGATIFS.contains(attendu.getKey())) {
                for (String mention : RECOURS) {
                    assertThat(attendu.getKey() + " (recours)", texte, containsString(mention));
                }
                assertThat(attendu.getKey() + " (délai)", texte,
                        containsString("dans un délai de deux mois à compter de sa notification :"));
                assertThat(attendu.getKey() + " (recours, HTML)", Courriels.html(m), containsString("Télérecours citoyens"));
            } else if (!attendu.getKey().equals("candidature.deposee")) {
                assertThat(attendu.getKey() + " (pas de recours)", texte, not(containsString("Voies et délais de recours")));
            }
            // A registration to a session is about the structure, not one of its files.
            assertThat(attendu.getKey() + " (HTML)", Courriels.html(m), containsString(
                    attendu.getKey().startsWith("inscription.") ? "Pôle Coopératif du Val" : "PTCE-2023-P"));
        }
        // Facts only stored or forwarded: handled, and no e-mail.
        for (String fact : List.of("campagne.publiee", "candidature.retiree", "instruction.demarree",
                "candidature.recevable", "convention.signee", "reversement.recouvre", "reversement.annule")) {
            assertThat(fact, Evenements.statutsPour("evenement_id", evenements.get(fact)), is(empty()));
            assertThat(fact, SmtpDeTest.recus(destinataires.get(fact)), is(empty()));
        }
    }

    @Test
    void laDecisionDitLaListeDAttenteLeRefusOuLeClassementSansSuiteAvecSaMotivation() {
        Map<String, String> attendu = Map.of(
                "LISTE_ATTENTE", "inscrite sur la liste d'attente (rang 3)",
                "NON_RETENU", "votre candidature n'est pas retenue",
                "SANS_SUITE", "votre candidature est classée sans suite");
        attendu.forEach((decision, phrase) -> {
            String candidature = UUID.randomUUID().toString();
            String email = "decision-" + decision.toLowerCase() + "-" + candidature.substring(0, 8) + "@exemple.fr";
            ObjectNode d = Evenements.exemple("decision.rendue", candidature, "porteur-d", email);
            d.put("decision", decision);
            d.put("motivation", "Motivation du comité pour " + decision + ".");
            Evenements.envoyer("decision.rendue", candidature, d);
            MimeMessage m = Courriels.unSeul(email);
            assertThat(Courriels.sujet(m), containsString("décision du comité de sélection"));
            assertThat(Courriels.texte(m), containsString(phrase));
            assertThat(Courriels.texte(m), containsString("Motivation du comité pour " + decision + "."));
            // A refusal and a file closed without follow-up say how to contest them; a waiting list does not.
            boolean negative = !decision.equals("LISTE_ATTENTE");
            for (String mention : RECOURS) {
                assertThat(decision, Courriels.texte(m).contains(mention), is(negative));
            }
            assertThat(decision + " (HTML)", Courriels.html(m).contains("Télérecours citoyens"), is(negative));
        });
    }

    @Test
    void laPromotionEtLaClotureDeLaListeDAttenteSontDitesCommeTelles() {
        String candidature = UUID.randomUUID().toString();
        String email = "promu-" + candidature.substring(0, 8) + "@exemple.fr";
        ObjectNode promu = Evenements.exemple("decision.rendue", candidature, "porteur-pr", email);
        promu.put("circonstance", "PROMOTION");
        promu.put("motivation", "Promu depuis la liste d'attente (rang 3) après le désistement du dossier PTCE-2023-P2-00001.");
        Evenements.envoyer("decision.rendue", candidature, promu);
        MimeMessage m = Courriels.unSeul(email);
        assertThat(Courriels.sujet(m), containsString("PTCE-2023-P2-00042 : retenue depuis la liste d'attente"));
        assertThat(Courriels.texte(m), containsString("figurait sur la liste d'attente. Une place s'étant libérée, le comité de sélection l'a retenue le 5 octobre 2023"));
        assertThat(Courriels.texte(m), containsString("votre pôle est lauréat"));
        assertThat(Courriels.texte(m), not(containsString("Voies et délais de recours")));

        String autre = UUID.randomUUID().toString();
        String email2 = "clos-" + autre.substring(0, 8) + "@exemple.fr";
        ObjectNode clos = Evenements.exemple("decision.rendue", autre, "porteur-cl", email2);
        clos.put("decision", "NON_RETENU");
        clos.put("circonstance", "CLOTURE_LISTE_ATTENTE");
        clos.put("motivation", "Sélection close : enveloppe entièrement engagée.");
        Evenements.envoyer("decision.rendue", autre, clos);
        MimeMessage c = Courriels.unSeul(email2);
        assertThat(Courriels.sujet(c), containsString("PTCE-2023-P2-00042 : liste d'attente close, candidature non retenue"));
        assertThat(Courriels.texte(c), containsString("la liste d'attente est close et votre candidature n'est pas retenue"));
        assertThat(Courriels.texte(c), containsString("Sélection close : enveloppe entièrement engagée."));
        for (String mention : RECOURS) {
            assertThat(Courriels.texte(c), containsString(mention));
        }
    }

    @Test
    void uneInscriptionAUneSessionCompleteDitLaListeDAttenteEtSonRang() {
        String email = "attente-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        ObjectNode d = Evenements.exemple("inscription.session.enregistree", null, "porteur-s", email);
        d.put("inscriptionId", UUID.randomUUID().toString());
        d.put("statut", "EN_ATTENTE");
        d.put("rangAttente", 2);
        Evenements.envoyer("inscription.session.enregistree", d.path("offreId").asText(), d);
        MimeMessage m = Courriels.unSeul(email);
        assertThat(Courriels.sujet(m), containsString("Inscription en liste d'attente : Atelier modèle économique"));
        assertThat(Courriels.texte(m), containsString("est complète : l'inscription de Pôle Coopératif du Val est en liste d'attente (rang 2)"));
        assertThat(Courriels.texte(m), containsString("Si une place se libère"));
    }

    @Test
    void unEvenementRelivreNEnvoieRienDeNouveau() throws Exception {
        String candidature = UUID.randomUUID().toString();
        String email = "relivre-" + candidature.substring(0, 8) + "@exemple.fr";
        ObjectNode d = Evenements.exemple("candidature.deposee", candidature, "porteur-r", email);
        String eventId = UUID.randomUUID().toString();
        Evenements.envoyer("candidature.deposee", candidature, eventId, d);
        Courriels.unSeul(email);
        assertThat(Evenements.statutsPour("evenement_id", eventId), contains("ENVOYEE"));

        Evenements.envoyer("candidature.deposee", candidature, eventId, d);
        // Same key, same partition: once this later event is handled, the redelivery was too.
        ObjectNode suite = Evenements.exemple("corrections.demandees", candidature, "porteur-r", email);
        Evenements.attendreTraite(Evenements.envoyer("corrections.demandees", candidature, suite));
        Courriels.attendre(email, 2);
        Thread.sleep(1500);

        List<MimeMessage> recus = SmtpDeTest.recus(email);
        assertThat(recus, hasSize(2));
        assertThat(recus.stream().filter(m -> Courriels.sujet(m).startsWith("Accusé de réception")).count(), is(1L));
        assertThat(Evenements.statutsPour("evenement_id", eventId), contains("ENVOYEE"));
    }
}
