package fr.gouv.ptce.notification.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the webhook API answers. */
public final class WebhookVues {

    private WebhookVues() {
    }

    @Schema(name = "Webhook")
    public record WebhookVue(UUID id, String url, List<String> types, boolean actif, int echecsConsecutifs,
                             Instant creeLe, Instant desactiveLe,
                             @Schema(description = "Après une rotation, l'ancien secret signe encore, avec le nouveau, jusqu'à cet instant")
                             @JsonInclude(JsonInclude.Include.NON_NULL) Instant ancienSecretValideJusquA,
                             @Schema(description = "Secret de signature : donné une seule fois, à la création ou à la rotation")
                             @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

        /** The view; {@code secretDonne} is the clear secret, given only when it was just made. */
        static WebhookVue de(Webhook w, String secretDonne) {
            return new WebhookVue(w.id, w.url, w.listeTypes(), w.actif, w.echecsConsecutifs, w.creeLe, w.desactiveLe,
                    w.secretPrecedentChiffre == null ? null : w.secretPrecedentExpireLe, secretDonne);
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
