package fr.gouv.ptce.commons.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The client's address of a request, for what is counted per address (the open data's budget): the
 * direct peer, or behind the gateway the address it forwarded ({@link ProxiesDeConfiance}). The list
 * of trusted proxies is {@code ptce.http.proxies-de-confiance} (PTCE_PROXIES_DE_CONFIANCE); unset, no
 * forwarded header is believed, so a client cannot pick its own budget by sending one.
 */
@ApplicationScoped
public class AdresseClient {

    private final ProxiesDeConfiance proxies;

    AdresseClient(HttpSettings settings) {
        this.proxies = ProxiesDeConfiance.de(settings.proxiesDeConfiance().orElse(List.of()));
    }

    public String de(HttpServerRequest requete) {
        String pair = requete.remoteAddress() == null ? "inconnue" : requete.remoteAddress().hostAddress();
        return proxies.client(pair, requete.getHeader("X-Forwarded-For"));
    }
}
