package fr.gouv.ptce.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small phase-1 call published without a scoring grid, beside the edition (issue 20; API.md allows
 * it): the committee decides its files on the instruction alone. The instructeurs take them and find
 * them admissible; assigning an evaluator is refused (409 {@code campagne-sans-grille}), nothing is
 * written; the committee makes the first {@link #LAUREATS} lauréats and does not retain the last.
 * Its lauréats then use the service offer ({@link SessionComplete}).
 */
final class CampagneSansGrille {

    static final int DOSSIERS = 3;
    static final int LAUREATS = 2;
    static final String REFUS = "campagne-sans-grille";

    private final DemoClient client;
    private final PrintStream out;
    private final Edition edition;
    /** Its own structures and contact addresses ({@code contact-<edition>-SG-<n>@…}), seeded apart from the edition's. */
    final List<Pole> poles;
    final Map<Pole, String> candidatures = new LinkedHashMap<>();
    String campagne;
    /** Assignments of an evaluator answered 409 campagne-sans-grille (one tried per file). */
    int affectationsRefusees;

    CampagneSansGrille(DemoClient client, PrintStream out, Edition edition) {
        this.client = client;
        this.out = out;
        this.edition = edition;
        this.poles = Pole.generer(edition.code + "-SG", DOSSIERS, edition.code.hashCode() + 1L, edition.taille.comptes("porteur"));
    }

    String code() {
        return "DEMO-" + edition.code + "-P1-SG";
    }

    /** Published with the edition's campaigns (no {@code grille}), its applications filed at once. */
    void publierEtDeposer() {
        campagne = edition.publier(Map.of("code", code(), "phase", "PHASE_1",
                "libelle", "AMI PTCE émergents 2023, appel complémentaire décidé sur instruction (démo " + edition.code + ")",
                "ouverture", "2023-01-01T00:00:00+01:00", "cloture", "2023-12-31T00:00:00+01:00"));
        poles.forEach(p -> candidatures.put(p, edition.deposer(p, campagne)));
        out.printf("  ✓ campaign %s published without a scoring grid (decided on the instruction alone): %d applications filed%n",
                code(), DOSSIERS);
    }

    /** Taken and found admissible by the edition's instructeurs; the evaluator the team would pick is refused. */
    void instruire() {
        edition.attendre(DOSSIERS + " files of " + code() + " in evaluation-service", () -> null,
                ignored -> instructions().size() >= DOSSIERS);
        List<JsonNode> dossiers = instructions().stream()
                .sorted(Comparator.comparing(i -> i.path("candidatureId").asText())).toList();
        for (int n = 0; n < dossiers.size(); n++) {
            String region = dossiers.get(n).path("region").asText("");
            String instructeur = edition.equipe.instructeur(n, region);
            String base = "/api/v1/instructions/" + dossiers.get(n).path("candidatureId").asText();
            client.post(Service.EVALUATION, base + "/prise-en-charge", instructeur, Map.of()).expectOk();
            client.post(Service.EVALUATION, base + "/recevabilite", instructeur, Map.of("recevable", true,
                    "motivation", "Dossier complet, partenariat conforme à l'article 9.")).expectOk();
            String evaluateur = edition.equipe.evaluateurs(n, region).get(0);
            DemoClient.Answer a = client.post(Service.EVALUATION, base + "/evaluateurs", instructeur,
                    Map.of("evaluateurSub", client.sub(evaluateur)));
            if (a.status() != 409 || a.json() == null || !REFUS.equals(a.json().path("code").asText())) {
                throw new DemoException("assigning an evaluator on a campaign without a grid should be refused (409 " + REFUS
                        + "): " + a.request() + " → HTTP " + a.status() + " " + a.body());
            }
            affectationsRefusees++;
        }
        out.printf("  ✓ %s: %d files admissible; assigning an evaluator refused each time (HTTP 409 %s)%n",
                code(), DOSSIERS, REFUS);
    }

    /** The committee decides on the instruction alone: the first files lauréats, the last not retained. */
    void decider() {
        String comite = edition.taille.comptes("comite").get(0);
        for (int i = 0; i < poles.size(); i++) {
            boolean laureat = i < LAUREATS;
            client.post(Service.EVALUATION, "/api/v1/campagnes/" + campagne + "/decisions", comite, Map.of(
                    "candidatureId", candidatures.get(poles.get(i)), "decision", laureat ? "LAUREAT" : "NON_RETENU",
                    "motivation", laureat ? "Décidé sur l'instruction : coopération territoriale solide."
                            : "Décidé sur l'instruction : partenariat encore trop fragile.")).expectOk();
        }
        out.printf("  ✓ %s decided by %s on the instruction alone: %d lauréats, %d not retained%n",
                code(), comite, LAUREATS, DOSSIERS - LAUREATS);
    }

    /** Its phase-1 lauréats, in the order decided. */
    List<Pole> laureats() {
        return poles.subList(0, LAUREATS);
    }

    List<JsonNode> instructions() {
        return client.all(Service.EVALUATION, "/api/v1/instructions?campagne=" + campagne, "instructeur1");
    }
}
