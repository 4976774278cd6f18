package fr.gouv.ptce.commons.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Env PTCE_HTTP_STRICT_TRANSPORT_SECURITY. */
@ConfigMapping(prefix = "ptce.http")
public interface EnTetesSettings {

    /**
     * Value of Strict-Transport-Security; "off" sends none. TLS ends at the ingress: browsers only
     * honour the header on HTTPS answers, so sending it from the pod is harmless in plain HTTP.
     */
    @WithDefault("max-age=31536000; includeSubDomains")
    String strictTransportSecurity();
}
