package fr.gouv.ptce.commons.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A message a consumer of this service set aside, as the administrator sees it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "LettreMorte", description = "Un événement mis de côté par un consommateur de ce service")
public record LettreMorte(
        UUID id,
        @Schema(description = "Consommateur qui l'a refusé (nom de l'application)") String consommateur,
        @Schema(description = "Identifiant CloudEvents (ce_id) ; nul pour un message qui n'en est pas un") String evenementId,
        @Schema(description = "Fait du catalogue (ex. campagne.publiee) ; nul s'il est illisible") String fait,
        String topic,
        @Schema(description = "Clé Kafka (identifiant de l'agrégat)") String cle,
        @Schema(description = "Données de l'événement telles que reçues") String charge,
        @Schema(description = "Raison du dernier échec (sans trace de pile)") String erreur,
        @Schema(description = "Tentatives en échec, rejeux compris") int tentatives,
        Instant premierEchec,
        Instant dernierEchec,
        StatutLettreMorte statut,
        Instant rejoueeLe,
        @Schema(description = "Sujet (sub) de l'administrateur qui l'a rejouée") String rejoueePar) {
}
