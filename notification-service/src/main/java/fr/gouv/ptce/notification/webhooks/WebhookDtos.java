package fr.gouv.ptce.notification.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the webhook API. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "NouveauWebhook")
    public record NouveauWebhook(
            @Schema(description = "Adresse https qui recevra les événements", example = "https://partenaire.gouv.fr/ptce")
            @NotBlank @Size(max = 2000) String url,
            @Schema(description = "Types d'événements souhaités (faits du catalogue)", example = "[\"decision.rendue\"]")
            @NotNull @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> types) {
    }

    @Schema(name = "Webhook")
    public record WebhookVue(UUID id, String url, List<String> types, boolean actif, int echecsConsecutifs,
                             Instant creeLe, Instant desactiveLe,
                             @Schema(description = "Secret de signature : donné une seule fois, à la création")
                             @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

        static WebhookVue de(Webhook w, boolean avecSecret) {
            return new WebhookVue(w.id, w.url, w.listeTypes(), w.actif, w.echecsConsecutifs, w.creeLe, w.desactiveLe,
                    avecSecret ? w.secret : null);
        }
    }

    @Schema(name = "Livraison")
    public record LivraisonVue(UUID id, String evenementId, String typeEvenement, String statut, int tentatives,
                               Integer dernierCodeHttp, String derniereErreur, Instant prochaineTentative,
                               Instant livreeLe, Instant creeeLe) {

        static LivraisonVue de(Livraison l) {
            return new LivraisonVue(l.id, l.evenementId, l.typeEvenement, l.statut.name(), l.tentatives,
                    l.dernierCodeHttp, l.derniereErreur, l.prochaineTentative, l.livreeLe, l.creeeLe);
        }
    }
}
