package fr.gouv.ptce.commons.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The cache of verified bearer tokens ({@link JetonsVerifies}); see {@link IdentiteDejaVerifiee}. */
@ConfigMapping(prefix = "ptce.security.jetons-verifies")
public interface CacheJetonsSettings {

    /** Off: every request's token is verified again (signature included). */
    @WithDefault("true")
    boolean enabled();

    /**
     * The longest a verified token is trusted without a new verification, even if its {@code exp} is
     * later. Keycloak's access tokens live 5 minutes; a shorter bound only costs verifications.
     */
    @WithDefault("PT2M")
    Duration dureeMax();

    /** Tokens kept per replica (each entry holds the token's claims: a few kilobytes). */
    @WithDefault("1000")
    int tailleMax();
}
