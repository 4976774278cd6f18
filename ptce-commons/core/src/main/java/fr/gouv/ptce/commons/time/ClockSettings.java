package fr.gouv.ptce.commons.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ptce.clock")
public interface ClockSettings {

    /**
     * Whether {@code /api/v1/horloge} may move this service's clock. Only the local launcher and
     * the system tests turn it on; in production the endpoint answers 404.
     */
    @WithDefault("false")
    boolean adjustable();
}
