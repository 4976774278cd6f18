package fr.gouv.ptce.commons.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a service's {@code @QuarkusTest} at the real PostgreSQL (its own database) and the real
 * Kafka broker of {@link TestInfrastructure}, and makes it trust {@link TestTokens}. Use it as
 * {@code @QuarkusTestResource(value = PtceTestResource.class, initArgs = @ResourceArg(name = "database",
 * value = "candidature"))} on one test class: Quarkus applies it to the whole module, so the suite
 * starts the application once.
 */
public class PtceTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "ptce";
    private String clamdPort;
    private String keycloakUrl;

    /**
     * {@code database}: the service's database; {@code clamd-port}: the configuration key to receive the
     * port of a real ClamAV daemon ({@link TestClamd}), for a service that scans files; {@code keycloak-url}:
     * the configuration key to receive the URL of a real Keycloak with the platform's realm
     * ({@link TestKeycloak}), for a service that calls Keycloak's admin API.
     */
    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        clamdPort = initArgs.get("clamd-port");
        keycloakUrl = initArgs.get("keycloak-url");
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure.ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", TestInfrastructure.jdbcUrl(database));
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "postgres");
        config.put("kafka.bootstrap.servers", TestInfrastructure.kafkaBootstrap());
        // The service connects as itself (its ACLs, as in production); a test application of the commons,
        // unknown to the catalogue, as the tests' admin.
        String service = database + "-service";
        String user = AccesKafka.parService().containsKey(service) ? service : TestInfrastructure.ADMIN;
        TestInfrastructure.clientConfig(user).forEach((key, value) -> config.put("kafka." + key, value.toString()));
        // Verify bearer tokens locally with the test key pair instead of Keycloak's discovered keys.
        config.put("quarkus.oidc.auth-server-url", "");
        config.put("quarkus.oidc.public-key", TestTokens.publicKeyBase64());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        config.put("ptce.test.database", database);
        if (clamdPort != null) {
            config.put(clamdPort, String.valueOf(TestClamd.port()));
        }
        if (keycloakUrl != null) {
            // Started after PostgreSQL and Kafka are up, never alongside them (see TestKeycloak).
            config.put(keycloakUrl, TestKeycloak.url());
        }
        return config;
    }

    @Override
    public void stop() {
        // The servers live as long as the JVM: other suites of the build reuse them.
    }
}
