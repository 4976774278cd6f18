package fr.gouv.ptce.commons.inbox;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/**
 * A service's one Kafka consumer: every topic it reads arrives on the channel {@code evenements}
 * (declared in the service's application.properties, {@code mp.messaging.incoming.evenements.topics}),
 * and each event goes to the feature that handles its fact (the {@link Consommateur} beans). One
 * consumer per replica rather than one per topic: fewer pollers, heartbeats and dead-letter
 * producers, at rest and under load. An application with channels of its own (the kit's test
 * application) turns it off at build time: {@code ptce.canal-evenements.enabled=false}.
 */
@ApplicationScoped
@IfBuildProperty(name = "ptce.canal-evenements.enabled", stringValue = "true", enableIfMissing = true)
public class CanalEvenements {

    @Inject
    EventInbox inbox;

    @Incoming("evenements")
    @Blocking
    public CompletionStage<Void> recevoir(Message<String> message) {
        return inbox.handle(message);
    }
}
