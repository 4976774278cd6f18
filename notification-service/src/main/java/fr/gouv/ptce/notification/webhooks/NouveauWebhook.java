package fr.gouv.ptce.notification.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A partner's subscription request. */
@Schema(name = "NouveauWebhook")
public record NouveauWebhook(
        @Schema(description = "Adresse https qui recevra les événements", example = "https://partenaire.gouv.fr/ptce")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "Types d'événements souhaités : faits du catalogue ouverts aux partenaires (x-ptce-partenaire), reçus dans leur vue partenaire", example = "[\"decision.rendue\"]")
        @NotNull @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> types) {
}
