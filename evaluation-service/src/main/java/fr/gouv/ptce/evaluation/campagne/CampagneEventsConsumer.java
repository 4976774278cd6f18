package fr.gouv.ptce.evaluation.campagne;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.commons.inbox.EventInbox;
import fr.gouv.ptce.commons.inbox.IncomingEvent;
import fr.gouv.ptce.commons.inbox.RejectedEventException;
import fr.gouv.ptce.evaluation.domain.Phase;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Keeps the campaigns this service scores and decides on (topic ptce.campagnes). */
@ApplicationScoped
public class CampagneEventsConsumer {

    public static final String CONSUMER = "evaluation-service";

    @Inject
    EventInbox inbox;

    @Inject
    CampagneRepository campagnes;

    @Inject
    Clock clock;

    @Incoming("campagnes")
    @Blocking
    public CompletionStage<Void> onCampagne(Message<String> message) {
        return inbox.handle(message, CONSUMER, Set.of("campagne.publiee"), this::appliquer);
    }

    void appliquer(IncomingEvent event) {
        JsonNode d = event.data();
        UUID id = UUID.fromString(d.path("campagneId").asText());
        Campagne c = campagnes.findByIdOptional(id).orElseGet(Campagne::new);
        boolean nouvelle = c.id == null;
        c.id = id;
        c.code = d.path("code").asText();
        c.libelle = d.path("libelle").asText();
        c.phase = Phase.valueOf(d.path("phase").asText());
        c.ouverture = Instant.parse(d.path("ouverture").asText());
        c.cloture = Instant.parse(d.path("cloture").asText());
        c.maxLaureats = entier(d, "maxLaureats");
        c.montantParLaureatCentimes = longOuNull(d, "montantParLaureatCentimes");
        c.enveloppeCentimes = longOuNull(d, "enveloppeCentimes");
        c.dureeMois = entier(d, "dureeMois");
        c.grille = d.path("grille").toString();
        try {
            GrilleJson.lire(c.grille);
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException("grille inutilisable : " + e.getMessage());
        }
        c.publieeLe = Instant.parse(d.path("publieeLe").asText());
        c.recueLe = clock.instant();
        if (nouvelle) {
            campagnes.persist(c);
        }
    }

    private static Integer entier(JsonNode d, String champ) {
        JsonNode n = d.get(champ);
        return n == null || n.isNull() ? null : n.asInt();
    }

    private static Long longOuNull(JsonNode d, String champ) {
        JsonNode n = d.get(champ);
        return n == null || n.isNull() ? null : n.asLong();
    }
}
