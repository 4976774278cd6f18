package fr.gouv.ptce.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The stories of an edition off the designed path (issue 20), played after the agreements through
 * the same public API a front end uses: the last-ranked phase-2 lauréat withdraws after signing
 * (its agreement terminated, what was paid beyond its justified expenses clawed back and recovered,
 * the unpaid remainder back on the envelope), the first of the waiting list is promoted and signs a
 * new agreement, the waiting list is closed; the best-ranked lauréat's year-1 report is rejected
 * then approved, its agreement completed, and a clawback after the final control followed to its
 * recovery. The promotion meets the demo's provoked incident: its agreement is dead-lettered, seen,
 * the cause removed, the letter replayed ({@link LettreMorteRejouee}). What the platform made of each
 * is read back by {@link Bilan}.
 */
final class Histoires {

    /** What the withdrawn lauréat had spent and justified out of the first instalment. */
    static final int DEPENSES_JUSTIFIEES_DESISTE = 20_000;
    /** The expenses the final control of the completed agreement finds unjustified. */
    static final int REVERSEMENT_CONTROLE_FINAL = 12_000;

    private static final String GESTIONNAIRE = "gestionnaire1";

    private final DemoClient client;
    private final PrintStream out;
    private final Edition edition;
    private final String comite;

    /** The withdrawn lauréat's application and agreement; the promoted file's and its new agreement. */
    String candidatureDesistee;
    String conventionResiliee;
    String candidaturePromue;
    String conventionPromue;
    /** The agreement whose report was rejected then approved, then completed and clawed back. */
    String conventionSoldee;
    /** The clawbacks followed to their recovery: the withdrawal's, the final control's. */
    String reversementDesistement;
    String reversementControle;
    /** How many waiting-list files the closing of the selection turned down. */
    int nonRetenusALaCloture;
    /** The promotion's agreement, dead-lettered by the provoked incident and replayed. */
    LettreMorteRejouee lettreMorte;

    Histoires(DemoClient client, PrintStream out, Edition edition) {
        this.client = client;
        this.out = out;
        this.edition = edition;
        this.comite = edition.taille.comptes("comite").get(0);
    }

    void jouer() {
        String p2 = "/api/v1/campagnes/" + edition.campagneP2;
        candidatureDesistee = edition.laureatsP2.get(edition.laureatsP2.size() - 1);
        conventionSoldee = conventionDe(candidatureDesistee.equals(edition.laureatsP2.get(0)) ? null : edition.laureatsP2.get(0));

        edition.horloge("2024-01-15T09:00:00Z", "15 January 2024: a phase-2 lauréat withdraws after signing its agreement");
        client.post(Service.EVALUATION, p2 + "/decisions/" + candidatureDesistee + "/desistement", comite,
                Map.of("motif", "Le conseil d'administration du pôle renonce au projet (départ du partenaire principal).",
                        "promouvoir", false)).expectOk();
        conventionResiliee = conventionDe(candidatureDesistee);
        // The gestionnaire terminates the agreement it has just read (If-Match: nobody changed it meanwhile).
        DemoClient.Answer lue = lire(conventionResiliee);
        long paye = new BigDecimal(lue.json().path("paye").asText("0")).longValueExact();
        long reverse = Math.max(0, paye - DEPENSES_JUSTIFIEES_DESISTE);
        JsonNode resiliee = client.postIfMatch(Service.FINANCEMENT, "/api/v1/conventions/" + conventionResiliee + "/resiliation",
                GESTIONNAIRE, Map.of("motif", "Désistement du lauréat après signature ; dépenses justifiées : "
                        + euros(DEPENSES_JUSTIFIEES_DESISTE) + ".", "montantReversement", reverse + ".00"), lue.etag())
                .expectOk().json();
        reversementDesistement = resiliee.path("reversements").path(0).path("id").asText(null);
        out.printf(Locale.ROOT, "  ✓ agreement terminated: %s paid, %s justified, %s clawed back, the unpaid remainder released%n",
                euros(paye), euros(DEPENSES_JUSTIFIEES_DESISTE), euros(reverse));
        // evaluation-service learns of the termination from financement-service's event: until then
        // the promotion is refused (409 convention-non-resiliee) with nothing written, so it is asked again.
        // The promoted file's agreement meets the demo's provoked incident: a dead letter, replayed below.
        lettreMorte = new LettreMorteRejouee(client, out, edition);
        JsonNode promue = lettreMorte.provoquer(() -> edition.attendre("the termination known to evaluation-service",
                () -> client.post(Service.EVALUATION, p2 + "/decisions/promotion", comite, Map.of("motivation",
                        "Premier de la liste d'attente, promu après le désistement d'un lauréat dont la convention est résiliée.")),
                a -> a.ok() || a.status() != 409 || !a.body().contains("convention-non-resiliee")).expectOk().json());
        candidaturePromue = promue.path("candidatureId").asText();
        lettreMorte.rejouer(candidaturePromue);
        JsonNode close = client.post(Service.EVALUATION, p2 + "/cloture-selection", comite, Map.of("motivation",
                "Sélection close : l'enveloppe de la campagne est entièrement engagée.")).expectOk().json();
        nonRetenusALaCloture = close.path("nonRetenus").size();
        if (reversementDesistement != null) {
            client.post(Service.FINANCEMENT, "/api/v1/reversements/" + reversementDesistement + "/titre", GESTIONNAIRE,
                    Map.of("reference", "TITRE-" + edition.code + "-DESISTEMENT")).expectOk();
        }
        out.printf("  ✓ file %s promoted from the waiting list; selection closed: %d waiting-list file(s) not retained, each told%n",
                promue.path("numero").asText(candidaturePromue), nonRetenusALaCloture);

        edition.horloge("2024-02-01T09:00:00Z", "1 February 2024: the promoted file signs its agreement");
        edition.attendre("the promoted file's agreement", () -> null, ignored -> conventionDeOuNull(candidaturePromue) != null);
        conventionPromue = conventionDe(candidaturePromue);
        DemoClient.Answer aSigner = lire(conventionPromue);
        client.postIfMatch(Service.FINANCEMENT, "/api/v1/conventions/" + conventionPromue + "/signature", GESTIONNAIRE,
                Map.of("dateSignature", "2024-02-01"), aSigner.etag()).expectOk();
        payer(conventionPromue, 0, "2024-02-01");
        if (reversementDesistement != null) {
            client.post(Service.FINANCEMENT, "/api/v1/reversements/" + reversementDesistement + "/recouvrement", GESTIONNAIRE,
                    Map.of("dateRecouvrement", "2024-02-01")).expectOk();
        }
        out.println("  ✓ new agreement signed and its first instalment paid; the withdrawal's clawback recovered");

        if (conventionSoldee == null) {
            return; // an edition of one lauréat has no other agreement to follow
        }
        rapportRejetePuisApprouve();
        edition.horloge("2025-12-15T09:00:00Z", "15 December 2025: the final report, then the final control");
        rapport(conventionSoldee, "FINANCIER_FINAL", "Compte rendu financier final du projet.");
        approuver(conventionSoldee, "FINANCIER_FINAL");
        String statut = lire(conventionSoldee).json().path("statut").asText();
        if (!"SOLDEE".equals(statut)) {
            throw new DemoException("agreement " + conventionSoldee + " should be SOLDEE once everything is paid and approved, is " + statut);
        }
        JsonNode reversement = client.post(Service.FINANCEMENT, "/api/v1/conventions/" + conventionSoldee + "/reversements",
                GESTIONNAIRE, Map.of("montant", REVERSEMENT_CONTROLE_FINAL + ".00", "motif",
                        "Contrôle final : dépenses de communication non justifiées.")).expectOk().json();
        reversementControle = reversement.path("id").asText();
        client.post(Service.FINANCEMENT, "/api/v1/reversements/" + reversementControle + "/titre", GESTIONNAIRE,
                Map.of("reference", "TITRE-" + edition.code + "-CONTROLE")).expectOk();
        edition.horloge("2026-02-16T09:00:00Z", "16 February 2026: the clawback of the final control is recovered");
        client.post(Service.FINANCEMENT, "/api/v1/reversements/" + reversementControle + "/recouvrement", GESTIONNAIRE,
                Map.of("dateRecouvrement", "2026-02-16")).expectOk();
        out.printf("  ✓ agreement completed (SOLDEE); %s clawed back after the final control: requested, collection order issued, recovered%n",
                euros(REVERSEMENT_CONTROLE_FINAL));
    }

    /** The year-1 report of the best-ranked lauréat: rejected, filed again, approved; the second instalment paid. */
    private void rapportRejetePuisApprouve() {
        edition.horloge("2024-11-18T09:00:00Z", "18 November 2024: a year-1 activity report is rejected");
        String rapport = rapport(conventionSoldee, "ACTIVITE_ANNEE_1", "Rapport d'activité de la première année.");
        client.post(Service.FINANCEMENT, "/api/v1/rapports/" + rapport + "/rejet", GESTIONNAIRE,
                Map.of("motif", "Les indicateurs d'emploi ne sont pas renseignés.")).expectOk();
        edition.horloge("2024-11-25T09:00:00Z", "25 November 2024: the report, completed, is approved; the second instalment paid");
        rapport(conventionSoldee, "ACTIVITE_ANNEE_1", "Rapport d'activité de la première année, avec les indicateurs d'emploi.");
        approuver(conventionSoldee, "ACTIVITE_ANNEE_1");
        payer(conventionSoldee, 1, "2024-11-25");
        out.println("  ✓ year-1 report rejected (porteur told why), filed again, approved; second instalment paid");
    }

    /** The porteur of the agreement files its report {@code type}: the report's id. */
    private String rapport(String convention, String type, String contenu) {
        String porteur = porteurDe(lire(convention).json().path("candidatureId").asText());
        return client.post(Service.FINANCEMENT, "/api/v1/conventions/" + convention + "/rapports", porteur,
                Map.of("type", type, "contenu", contenu)).expectOk().json().path("id").asText();
    }

    private void approuver(String convention, String type) {
        String rapport = element(lire(convention).json().path("rapports"), r -> type.equals(r.path("type").asText())).path("id").asText();
        client.post(Service.FINANCEMENT, "/api/v1/rapports/" + rapport + "/approbation", GESTIONNAIRE, Map.of()).expectOk();
    }

    /** Pays instalment {@code index} of the agreement once it is payable (ordered, then paid). */
    private void payer(String convention, int index, String date) {
        JsonNode echeance = edition.attendre("instalment " + (index + 1) + " of agreement " + convention + " payable",
                () -> lire(convention), a -> "EXIGIBLE".equals(a.json().path("echeances").path(index).path("statut").asText()))
                .json().path("echeances").path(index);
        String id = echeance.path("id").asText();
        client.post(Service.FINANCEMENT, "/api/v1/echeances/" + id + "/mise-en-paiement", GESTIONNAIRE, Map.of()).expectOk();
        client.post(Service.FINANCEMENT, "/api/v1/echeances/" + id + "/paiement", GESTIONNAIRE,
                Map.of("reference", "DGFIP-" + edition.code + "-" + id.substring(0, 8), "datePaiement", date)).expectOk();
    }

    private DemoClient.Answer lire(String convention) {
        return client.get(Service.FINANCEMENT, "/api/v1/conventions/" + convention, GESTIONNAIRE).expectOk();
    }

    private String conventionDe(String candidature) {
        if (candidature == null) {
            return null;
        }
        String id = conventionDeOuNull(candidature);
        if (id == null) {
            throw new DemoException("no agreement in financement-service for application " + candidature);
        }
        return id;
    }

    private String conventionDeOuNull(String candidature) {
        JsonNode c = element(client.all(Service.FINANCEMENT, "/api/v1/conventions?campagne=" + edition.campagneP2, GESTIONNAIRE),
                x -> candidature.equals(x.path("candidatureId").asText()));
        return c.isMissingNode() ? null : c.path("id").asText();
    }

    private String porteurDe(String candidature) {
        Map<String, String> porteurs = new HashMap<>();
        edition.candidaturesP2.forEach((pole, id) -> porteurs.put(id, pole.porteur()));
        String porteur = porteurs.get(candidature);
        if (porteur == null) {
            throw new DemoException("application " + candidature + " is not one of this edition's phase-2 files");
        }
        return porteur;
    }

    private static JsonNode element(Iterable<JsonNode> items, Predicate<JsonNode> test) {
        for (JsonNode n : items) {
            if (test.test(n)) {
                return n;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String euros(long euros) {
        return String.format(Locale.ROOT, "€%,d", euros);
    }
}
