package fr.gouv.ptce.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A dead letter followed as an administrator would (issue 20): while the demo's provoked incident
 * ({@link PanneProvoquee}) is in place, the promotion's {@code laureat.phase2.selectionne} fails in
 * financement-service after its retries and is set aside; admin1 sees it in
 * {@code GET /api/v1/admin/lettres-mortes}, the cause is removed, and the letter replayed twice
 * ({@code REJOUEE} both times, applied once): the promoted file gets exactly one agreement.
 */
final class LettreMorteRejouee {

    static final String FAIT = "laureat.phase2.selectionne";
    static final int REJEUX = 2;
    private static final String ADMIN = "admin1";
    private static final String LETTRES = "/api/v1/admin/lettres-mortes";

    private final DemoClient client;
    private final PrintStream out;
    private final Edition edition;
    /** The letter (financement-service's id), as first seen. */
    String id;
    String erreur;
    int tentatives;

    LettreMorteRejouee(DemoClient client, PrintStream out, Edition edition) {
        this.client = client;
        this.out = out;
        this.edition = edition;
    }

    /**
     * Runs {@code promotion} with the incident in place (it answers the committee's decision, whose
     * {@code candidatureId} is the promoted file), waits for the dead letter about that file, then
     * removes the incident; returns the decision.
     */
    JsonNode provoquer(Supplier<JsonNode> promotion) {
        JsonNode decision;
        try (PanneProvoquee panne = PanneProvoquee.surLesConventions(client.ports(), edition.code, edition.campagneP2)) {
            out.println("  ⚠ " + PanneProvoquee.MOTIF + ": a trigger on financement-service's convention table refuses this"
                    + " edition's new agreements (removed right after)");
            decision = promotion.get();
            String candidature = decision.path("candidatureId").asText();
            List<JsonNode> vues = new ArrayList<>();
            edition.attendre("the dead letter about " + candidature + " in financement-service", () -> null, ignored -> {
                vues.clear();
                vues.addAll(lettres(candidature));
                return !vues.isEmpty();
            });
            JsonNode lettre = vues.get(0);
            if (vues.size() != 1 || !FAIT.equals(lettre.path("fait").asText())) {
                throw new DemoException("one dead letter " + FAIT + " about " + candidature + " expected: " + vues);
            }
            id = lettre.path("id").asText();
            erreur = lettre.path("erreur").asText();
            tentatives = lettre.path("tentatives").asInt();
            out.printf("  ✓ dead letter seen in GET %s%s: %s set aside by financement-service after %d attempts (%s)%n",
                    client.url(Service.FINANCEMENT), LETTRES, FAIT, tentatives, PanneProvoquee.MOTIF);
        }
        return decision;
    }

    /** The cause removed: replayed, then replayed again; each answer REJOUEE, one agreement in the end. */
    void rejouer(String candidature) {
        for (int i = 0; i < REJEUX; i++) {
            JsonNode rejouee = client.post(Service.FINANCEMENT, LETTRES + "/" + id + "/rejeu", ADMIN, Map.of()).expectOk().json();
            if (!"REJOUEE".equals(rejouee.path("statut").asText())) {
                throw new DemoException("replay " + (i + 1) + " of dead letter " + id + " should answer REJOUEE: " + rejouee);
            }
        }
        edition.attendre("the promoted file's agreement after the replay", () -> null,
                ignored -> conventions(candidature) > 0);
        out.printf("  ✓ incident removed; the letter replayed %d times (REJOUEE, applied once): %d agreement for the promoted file%n",
                REJEUX, conventions(candidature));
    }

    private List<JsonNode> lettres(String candidature) {
        return client.all(Service.FINANCEMENT, LETTRES + "?statut=EN_ATTENTE", ADMIN).stream()
                .filter(l -> l.path("charge").toString().contains(candidature)).toList();
    }

    private long conventions(String candidature) {
        return client.all(Service.FINANCEMENT, "/api/v1/conventions?campagne=" + edition.campagneP2, "gestionnaire1").stream()
                .filter(c -> candidature.equals(c.path("candidatureId").asText())).count();
    }
}
