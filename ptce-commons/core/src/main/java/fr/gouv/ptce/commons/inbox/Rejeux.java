package fr.gouv.ptce.commons.inbox;

import fr.gouv.ptce.commons.problem.ProblemException;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Replays a dead letter: the message is rebuilt as it came (topic, partition, offset, key,
 * headers, payload) and handed to the consumer method of its channel, so it goes through the same
 * inbox and routes — validation, dedup by event id, retries. The inbox knows it for a replay (its
 * {@link Rejeu} metadata): it locks the letter in the transaction of the effect and marks it
 * replayed there, or records the new failure on it; nothing goes to the dead-letter topic again.
 * The dedup does not swallow a replay: a dead-lettered event was never recorded as processed
 * (that record is part of the rolled-back transaction); once replayed, it is.
 */
@ApplicationScoped
public class Rejeux {

    @Inject
    LettresMortes lettres;

    @Inject
    CanauxEntrants canaux;

    /** The letter after the replay; one replayed already is answered as it is, with no effect. */
    public LettreMorte rejouer(UUID id, String acteur) {
        LettresMortes.Stockee lettre = lettres.trouver(id)
                .orElseThrow(() -> ProblemException.notFound("Aucune lettre morte " + id + " dans ce service."));
        if (lettre.vue().statut() == StatutLettreMorte.REJOUEE) {
            return lettre.vue();
        }
        if (lettre.canal() == null || lettre.partition() == null || lettre.position() == null) {
            throw ProblemException.conflict("rejeu-impossible",
                    "Ce message n'est pas venu d'un canal Kafka de ce service : il ne peut pas être rejoué.");
        }
        canaux.livrer(lettre.canal(), message(lettre, acteur))
                .orElseThrow(() -> ProblemException.conflict("rejeu-impossible",
                        "Plus aucun consommateur de ce service n'écoute le canal « " + lettre.canal() + " »."))
                .toCompletableFuture().join();
        return lettres.trouver(id).orElseThrow().vue();
    }

    private static Message<String> message(LettresMortes.Stockee lettre, String acteur) {
        LettreMorte vue = lettre.vue();
        ConsumerRecord<String, String> record = new ConsumerRecord<>(vue.topic(), lettre.partition(), lettre.position(),
                vue.cle(), vue.charge());
        lettre.entetes().forEach((nom, valeur) ->
                record.headers().add(nom, valeur == null ? null : valeur.getBytes(StandardCharsets.UTF_8)));
        Metadata metadata = Metadata.of(new IncomingKafkaRecordMetadata<>(record, lettre.canal()),
                new Rejeu(vue.id(), acteur));
        // The outcome is read back from the letter: acknowledging or not has nothing to tell Kafka here.
        return Message.of(vue.charge(), metadata, () -> CompletableFuture.completedFuture(null),
                e -> CompletableFuture.completedFuture(null));
    }
}
