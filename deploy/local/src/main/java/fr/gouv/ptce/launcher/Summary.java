package fr.gouv.ptce.launcher;

import java.util.ArrayList;
import java.util.List;

/** What `./ptce up` prints once everything is healthy: where to click and how to log in. */
final class Summary {

    private Summary() {
    }

    static List<String> lines(Ports ports, Layout layout) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("Swagger UI");
        for (Service s : Service.values()) {
            out.add(String.format("  %-22s http://localhost:%d/q/swagger-ui", s.moduleName(), ports.of(s)));
        }
        out.add("Keycloak admin console   http://localhost:" + ports.keycloak() + "/admin/master/console/#/ptce"
                + "   (" + KeycloakPart.ADMIN_USER + " / " + KeycloakPart.ADMIN_PASSWORD + ")");
        out.add("Mailbox (mail sent)      http://localhost:" + ports.mailbox() + "/   (also saved in "
                + layout.mailDir() + ")");
        out.add("PostgreSQL               jdbc:postgresql://localhost:" + ports.postgres()
                + "/{candidature,evaluation,financement,notification}   (postgres / postgres)");
        out.add("Kafka                    localhost:" + ports.kafka());
        out.add("clamd (antivirus)        localhost:" + ports.clamd() + "   (ClamAV with the EICAR test signature only)");
        out.add("");
        out.add("Demo accounts of realm ptce (password = user name):");
        // One entry per role: "porteur1…porteur10 (porteur)".
        java.util.Map<String, List<String>> byRole = new java.util.LinkedHashMap<>();
        DemoAccounts.USERS.stream().filter(u -> !regional(u))
                .forEach(u -> byRole.computeIfAbsent(u.role(), r -> new ArrayList<>()).add(u.username()));
        StringBuilder users = new StringBuilder("  ");
        byRole.forEach((role, names) -> users.append(names.get(0))
                .append(names.size() > 1 ? "…" + names.get(names.size() - 1) : "").append(" (").append(role).append(")  "));
        out.add(users.toString().stripTrailing());
        out.add("  staff accounts above: national scope (token claim ptce_regions = [\"national\"]); of one région:");
        StringBuilder regionaux = new StringBuilder("  ");
        DemoAccounts.USERS.stream().filter(Summary::regional).forEach(u -> regionaux.append(u.username()).append(" (")
                .append(u.role()).append(", ").append(String.join(", ", u.regions())).append(")  "));
        out.add(regionaux.toString().stripTrailing());
        out.add("  client " + DemoAccounts.PARTNER_CLIENT + " (service account, role partenaire), secret "
                + DemoAccounts.PARTNER_SECRET);
        out.add("");
        out.add("A token for porteur1, then a call:");
        String tokenUrl = "http://localhost:" + ports.keycloak() + "/realms/ptce/protocol/openid-connect/token";
        out.add("  TOKEN=$(curl -s " + tokenUrl + " -d grant_type=password -d client_id=" + DemoAccounts.FRONT_CLIENT
                + " -d username=porteur1 -d password=porteur1 | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        out.add("  curl -s -H \"Authorization: Bearer $TOKEN\" http://localhost:" + ports.candidature()
                + "/api/v1/campagnes");
        out.add("");
        out.add("Logs: " + layout.logs() + "   Stop: ./ptce down   State: ./ptce status");
        return out;
    }

    private static boolean regional(DemoAccounts.User u) {
        return !u.regions().isEmpty() && !u.regions().contains(DemoAccounts.NATIONAL);
    }
}
