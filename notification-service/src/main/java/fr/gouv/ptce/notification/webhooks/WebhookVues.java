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
