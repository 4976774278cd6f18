package fr.gouv.ptce.deploy.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every object that {@code kubectl kustomize} renders passes the published schema of its kind: the
 * Kubernetes API's (v1.33.0 OpenAPI) or, for the Prometheus Operator's and the Gateway API's
 * resources, their CRDs'.
 */
class SchemasTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    /**
     * API groups of custom resources whose CRD schemas no package of Maven Central or the npm
     * registry carries (deploy/README.md, "What the build checks", says why): Strimzi (checked
     * against its published API model instead, below), CloudNativePG and its Barman Cloud plugin,
     * the Keycloak operator, Envoy Gateway's policies (EdgeRateLimitTest checks what the edge relies on).
     * Any other object without a schema (a misspelt apiVersion, a new
     * operator) fails.
     */
    static final Set<String> GROUPS_WITHOUT_PUBLISHED_SCHEMA = Set.of(
            "kafka.strimzi.io", "postgresql.cnpg.io", "barmancloud.cnpg.io", "k8s.keycloak.org", "gateway.envoyproxy.io");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectPassesItsSchema(String overlay) {
        Rendered r = Rendered.of(overlay);
        SchemaCheck.Report report = SchemaCheck.validate(overlay, r.resources());
        assertEquals(List.of(), report.errors(), overlay + ": objects the API server would reject");
        List<String> unknown = report.noSchema().stream()
                .filter(s -> !GROUPS_WITHOUT_PUBLISHED_SCHEMA.contains(s.substring(0, Math.max(0, s.indexOf('/')))))
                .toList();
        assertEquals(List.of(), unknown, overlay + ": objects of an API no schema here describes");
        assertEquals(r.resources().size(), report.validated().size() + report.noSchema().size(), overlay);
        assertTrue(report.validated().containsAll(List.of("Deployment/candidature-service",
                "NetworkPolicy/candidature-service-demarches-simplifiees", "Gateway/ptce-api", "HTTPRoute/ptce-api")), overlay + ": " + report.validated());
    }

    /** Strimzi's CRDs are not published on Maven Central or npm; its API model is (StrimziModelCheck). */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyStrimziResourceBindsToStrimzisModel(String overlay) {
        List<ObjectNode> strimzi = Rendered.of(overlay).resources().stream()
                .filter(r -> r.path("apiVersion").asText().startsWith("kafka.strimzi.io/")).toList();
        assertEquals(List.of(), strimzi.stream().filter(r -> !StrimziModelCheck.covers(r)).map(Rendered::id).toList(),
                overlay + ": Strimzi kinds without a model here");
        assertEquals(List.of(), strimzi.stream().flatMap(r -> StrimziModelCheck.problems(r).stream()).toList(), overlay);
        assertTrue(strimzi.size() > 10, overlay + ": " + strimzi.size());
    }

    @Test
    void aMisspeltFieldOrAWronglyTypedValueInAStrimziResourceFailsTheBuild() {
        Rendered broken = Rendered.of("fixture-strimzi-broken",
                ServiceSources.REPO.resolve("deploy/k8s/src/test/resources/fixtures/strimzi-broken"));
        List<String> problems = broken.resources().stream().flatMap(r -> StrimziModelCheck.problems(r).stream()).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("KafkaTopic/misspelt /spec/partition: Unrecognized field")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("KafkaNodePool/wrong-type /spec/replicas: Cannot coerce")), problems.toString());
    }

    @Test
    void theProdMonitoringCustomResourceIsCheckedAgainstItsCrd() {
        SchemaCheck.Report report = SchemaCheck.validate("prod", Rendered.of("prod").resources());
        assertTrue(report.validated().contains("ServiceMonitor/ptce-services"), report.toString());
    }

    /** The failure this check exists for: a spread constraint without maxSkew, as real Kustomize renders it. */
    @Test
    void aConstraintWithoutMaxSkewFailsTheBuild() {
        Rendered broken = Rendered.of("fixture-spread-without-maxskew",
                ServiceSources.REPO.resolve("deploy/k8s/src/test/resources/fixtures/spread-without-maxskew"));
        SchemaCheck.Report report = SchemaCheck.validate("fixture", broken.resources());
        assertEquals(List.of("Deployment/candidature-service /spec/template/spec/topologySpreadConstraints/0:"
                        + " must have required property maxSkew {\"missingProperty\":\"maxSkew\"}"),
                report.errors());
    }
}
