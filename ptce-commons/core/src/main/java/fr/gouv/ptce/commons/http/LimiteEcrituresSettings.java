package fr.gouv.ptce.commons.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Env PTCE_RATE_LIMIT_ENABLED, PTCE_RATE_LIMIT_ECRITURES_PAR_MINUTE, PTCE_RATE_LIMIT_RAFALE. */
@ConfigMapping(prefix = "ptce.rate-limit")
public interface LimiteEcrituresSettings {

    @WithDefault("true")
    boolean enabled();

    /** Sustained writes (POST/PUT/PATCH/DELETE under /api) per client and per minute. */
    @WithDefault("300")
    int ecrituresParMinute();

    /** Writes a client may make at once before the sustained rate applies (bucket size). */
    @WithDefault("100")
    int rafale();
}
