package fr.gouv.ptce.candidature.demarches;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of the Démarches Simplifiées connector (prefix {@code ptce.candidature.demarches}). */
@ConfigMapping(prefix = "ptce.candidature.demarches")
public interface DemarchesSettings {

    /** Scheduled pull of every configured campaign; off in tests (they trigger it themselves). */
    @WithDefault("true")
    boolean synchronisationPlanifiee();

    /** Interval of the scheduled pull and of the write-back sender (Quarkus scheduler syntax). */
    @WithDefault("15m")
    String intervalle();

    @WithDefault("1m")
    String intervalleEcriture();

    /** DS allows 400 requests per minute and per token: counted in PostgreSQL for all replicas ({@link BudgetDs}). */
    @WithDefault("400")
    int requetesParMinute();

    /** Attempts of one call (429, 5xx, timeout) before giving up. */
    @WithDefault("5")
    int tentativesMax();

    @WithDefault("2s")
    Duration attenteInitiale();

    /** Upper bound of any wait, Retry-After included. */
    @WithDefault("2m")
    Duration attenteMax();

    @WithDefault("30s")
    Duration delaiRequete();

    /** Dossiers per page ({@code first:}). */
    @WithDefault("50")
    int taillePage();

    /** A run asks for dossiers updated since the start of the last complete run minus this margin (clock drift). */
    @WithDefault("5m")
    Duration recouvrement();

    /** Attempts of a write-back before it is left in ECHEC (visible in the status). */
    @WithDefault("8")
    int tentativesEcritureMax();

    /**
     * How long a replica keeps a write-back it claimed before another may take it over (the first
     * one died): longer than one send can last (a few calls, each bounded by delaiRequete and attenteMax).
     */
    @WithDefault("15m")
    Duration bailEcriture();

    /** HTTP(S) proxy of the calls to DS (HTTPS_PROXY in Kubernetes); absent: the JVM's proxy settings. */
    Optional<String> proxy();

    /** Hosts reached without the proxy (NO_PROXY: comma-separated hosts or domain suffixes). */
    Optional<String> sansProxy();

    /**
     * Key that encrypts the API tokens at rest (AES-GCM; the key is the SHA-256 of this text), at
     * least 32 characters. Absent or shorter, the service refuses to start unless
     * {@link #cleDeveloppementAutorisee()}.
     */
    Optional<String> cleJeton();

    /**
     * Lets a missing key fall back to the fixed development key (and a short key through), with a
     * warning. True in %dev and %test only: a property rather than a profile test in code, so that
     * what production does is visible in application.properties.
     */
    @WithDefault("false")
    boolean cleDeveloppementAutorisee();
}
