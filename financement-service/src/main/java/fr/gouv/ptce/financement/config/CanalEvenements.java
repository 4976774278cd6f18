package fr.gouv.ptce.financement.config;

import fr.gouv.ptce.commons.inbox.EventInbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * The service's one Kafka consumer: every topic it reads arrives on the channel {@code evenements}
 * (application.properties), and each event goes to the feature that handles its fact (the
 * features implement {@code Consommateur}). One consumer rather than one per topic: fewer
 * heartbeats, fetches and threads per replica, at rest and under load.
 */
@ApplicationScoped
public class CanalEvenements {

    @Inject
    EventInbox inbox;

    @Incoming("evenements")
    @Blocking
    public CompletionStage<Void> recevoir(Message<String> message) {
        return inbox.handle(message);
    }
}
