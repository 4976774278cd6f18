package fr.gouv.ptce.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problem details. {@code title} and {@code detail} are written in French because the
 * people reading them are French agents and applicants; {@code violations} lists each field at
 * fault; {@code correlationId} lets support find the server log of an unexpected error.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<Violation> violations,
        String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://ptce.gouv.fr/problemes/";

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + code), title, status, detail, null, code, List.of(), null);
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, instance, code, List.copyOf(list), correlationId);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, code, violations, correlationId);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, code, violations, id);
    }
}
