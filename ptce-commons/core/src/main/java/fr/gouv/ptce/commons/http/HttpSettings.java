package fr.gouv.ptce.commons.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Env PTCE_HTTP_STRICT_TRANSPORT_SECURITY, PTCE_PROXIES_DE_CONFIANCE. */
@ConfigMapping(prefix = "ptce.http")
public interface HttpSettings {

    /**
     * Value of Strict-Transport-Security; "off" sends none. TLS ends at the ingress: browsers only
     * honour the header on HTTPS answers, so sending it from the pod is harmless in plain HTTP.
     */
    @WithDefault("max-age=31536000; includeSubDomains")
    String strictTransportSecurity();

    /**
     * The gateway's addresses (IP literals or CIDR blocks): only from them is {@code X-Forwarded-For}
     * believed ({@link AdresseClient}). Absent: the direct peer is the client.
     */
    Optional<List<String>> proxiesDeConfiance();
}
