package fr.gouv.ptce.commons.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Env PTCE_CORS_ORIGINS. */
@ConfigMapping(prefix = "ptce.cors")
public interface CorsSettings {

    /** Front-end origins allowed to call the API from a browser (comma separated, exact match). */
    @WithDefault("http://localhost:3000")
    List<String> origins();
}
