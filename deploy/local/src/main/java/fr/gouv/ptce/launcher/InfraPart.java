package fr.gouv.ptce.launcher;

import java.time.Duration;
import java.util.List;

/** PostgreSQL (one database per service), the SMTP server and the web mailbox, in one detached JVM. */
final class InfraPart extends Part {

    InfraPart(Layout layout, Ports ports) {
        super(layout, ports);
    }

    @Override
    String name() {
        return "infra";
    }

    @Override
    String label() {
        return "postgresql :" + ports.postgres() + ", smtp :" + ports.smtp() + ", mailbox http://localhost:"
                + ports.mailbox();
    }

    @Override
    List<String> command() {
        return List.of(java(), "-Xmx128m", "-XX:+UseSerialGC", PERF_SAMPLING, "-cp", layout.launcherClasspath(),
                "fr.gouv.ptce.launcher.infra.InfraMain", layout.dataDir().toString(),
                Integer.toString(ports.postgres()), Integer.toString(ports.smtp()),
                Integer.toString(ports.mailbox()));
    }

    @Override
    List<String> portNames() {
        return List.of("postgresql", "smtp (GreenMail)", "mailbox (web)");
    }

    /** The mailbox opens last, once the databases exist and SMTP listens. */
    @Override
    boolean ready() {
        return Http.getOk("http://localhost:" + ports.mailbox() + "/api/health") != null
                && PortCheck.answers(ports.postgres()) && PortCheck.answers(ports.smtp());
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(300);
    }

    @Override
    Duration stopGrace() {
        return Duration.ofSeconds(30);
    }
}
