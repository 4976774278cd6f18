package fr.gouv.ptce.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every TCP port the platform listens on. {@link #defaults()} is what README documents; the system
 * tests use {@link #offsetBy(int)} so that they can run while a developer's platform is up.
 */
public record Ports(int postgres, int kafka, int kafkaController, int keycloak, int smtp, int mailbox,
                    int clamd, int candidature, int evaluation, int financement, int notification) {

    public static Ports defaults() {
        return new Ports(15432, 9092, 9093, 8180, 3025, 8025, 3310, 8081, 8082, 8083, 8084);
    }

    /** The same layout shifted by {@code offset} (e.g. 10000: services on 18081–18084). */
    public Ports offsetBy(int offset) {
        return new Ports(postgres + offset, kafka + offset, kafkaController + offset, keycloak + offset,
                smtp + offset, mailbox + offset, clamd + offset, candidature + offset, evaluation + offset,
                financement + offset, notification + offset);
    }

    /** The highest port of this layout. */
    public int highest() {
        return byName().values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** The largest offset that keeps every default port a valid TCP port (at most 65535). */
    public static int maxOffset() {
        return 65535 - defaults().highest();
    }

    public int of(Service service) {
        return switch (service) {
            case CANDIDATURE -> candidature;
            case EVALUATION -> evaluation;
            case FINANCEMENT -> financement;
            case NOTIFICATION -> notification;
        };
    }

    /** Each port with the part that needs it, in start order: the names people read in errors. */
    public Map<String, Integer> byName() {
        Map<String, Integer> all = new LinkedHashMap<>();
        all.put("postgresql", postgres);
        all.put("smtp (GreenMail)", smtp);
        all.put("mailbox (web)", mailbox);
        all.put("clamd (antivirus)", clamd);
        all.put("kafka", kafka);
        all.put("kafka controller", kafkaController);
        all.put("keycloak", keycloak);
        for (Service s : Service.values()) {
            all.put(s.moduleName(), of(s));
        }
        return all;
    }

    /** Written next to the pid files so that status/down of another JVM know the ports in use. */
    public String toProperties() {
        StringBuilder text = new StringBuilder();
        text.append("postgres=").append(postgres).append('\n')
                .append("kafka=").append(kafka).append('\n')
                .append("kafkaController=").append(kafkaController).append('\n')
                .append("keycloak=").append(keycloak).append('\n')
                .append("smtp=").append(smtp).append('\n')
                .append("mailbox=").append(mailbox).append('\n')
                .append("clamd=").append(clamd).append('\n');
        for (Service s : Service.values()) {
            text.append(s.shortName()).append('=').append(of(s)).append('\n');
        }
        return text.toString();
    }

    public static Ports fromProperties(java.util.Properties p) {
        // A platform started before clamd was part of it has no clamd line: the default, shifted like the rest.
        int clamd = p.getProperty("clamd") == null ? defaults().clamd() + i(p, "mailbox") - defaults().mailbox() : i(p, "clamd");
        return new Ports(i(p, "postgres"), i(p, "kafka"), i(p, "kafkaController"), i(p, "keycloak"), i(p, "smtp"),
                i(p, "mailbox"), clamd, i(p, "candidature"), i(p, "evaluation"), i(p, "financement"), i(p, "notification"));
    }

    private static int i(java.util.Properties p, String key) {
        return Integer.parseInt(p.getProperty(key).trim());
    }
}
