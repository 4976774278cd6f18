package fr.gouv.ptce.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.launcher.Service;

import java.io.PrintStream;
import java.util.Map;

/**
 * The service offer's full session (issue 20): admin1 publishes a collective session with one seat;
 * the first lauréat of the call without a grid registers ({@code INSCRIT}), the second finds it full
 * ({@code EN_ATTENTE}); the first cancels and the freed seat goes to the waiting registration,
 * which becomes {@code INSCRIT}. Each step is an e-mail to the structure's contact.
 */
final class SessionComplete {

    static final int CAPACITE = 1;

    private final DemoClient client;
    private final PrintStream out;
    private final Edition edition;
    String offre;
    String titre;

    SessionComplete(DemoClient client, PrintStream out, Edition edition) {
        this.client = client;
        this.out = out;
        this.edition = edition;
    }

    void jouer(Pole premier, Pole second) {
        titre = "Atelier gouvernance coopérative (démo " + edition.code + ")";
        offre = client.post(Service.CANDIDATURE, "/api/v1/offres", "admin1", Map.of("type", "COLLECTIF", "theme", "GOUVERNANCE",
                "titre", titre, "debut", "2023-10-12T14:00:00+02:00", "lieu", "Maison de l'ESS, Rennes", "capacite", CAPACITE))
                .expectOk().json().path("id").asText();
        JsonNode inscrit = inscrire(premier, "INSCRIT");
        inscrire(second, "EN_ATTENTE");
        client.delete(Service.CANDIDATURE, "/api/v1/offres/" + offre + "/inscriptions/" + inscrit.path("id").asText(),
                premier.porteur()).expectOk();
        out.printf("  ✓ one-seat session « %s »: %s registered, %s on its waiting list; the first cancels, the second gets the seat%n",
                titre, premier.raisonSociale(), second.raisonSociale());
    }

    /** The porteur registers its structure; expects {@code statut}. */
    private JsonNode inscrire(Pole p, String statut) {
        // The lauréat reaches candidature-service through Kafka: until then the registration is
        // refused (403, nothing written), so it is asked again.
        JsonNode i = edition.attendre("the phase-1 lauréat " + p.siret() + " known to candidature-service",
                () -> client.post(Service.CANDIDATURE, "/api/v1/offres/" + offre + "/inscriptions", p.porteur(),
                        Map.of("siret", p.siret())), a -> a.status() != 403).expectOk().json();
        if (!statut.equals(i.path("statut").asText())) {
            throw new DemoException("the registration of " + p.siret() + " to a session of " + CAPACITE + " seat(s) should be "
                    + statut + ": " + i);
        }
        return i;
    }
}
