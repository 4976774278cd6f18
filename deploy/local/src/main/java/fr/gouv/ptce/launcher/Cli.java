package fr.gouv.ptce.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code ./ptce up | down | status | restart | logs | demo | bench | help}. The repository is given by
 * -Dptce.home (the script sets it); the data folder is $PTCE_DATA or .ptce in the repository;
 * $PTCE_PORT_OFFSET shifts every port, $PTCE_SERVICES starts only some services (LauncherSettings).
 */
public final class Cli {

    /** What `./ptce help` prints: every command. */
    static final List<String> HELP = List.of(
            "Usage: ./ptce <command>",
            "  up                 build what is missing, start the platform, wait until healthy",
            "  down               stop every process started by up (data is kept)",
            "  status             what runs, its health and memory",
            "  restart <part>...  stop and start again some parts while the rest runs (also starts a stopped part)",
            "  logs <part> [-f]   the last lines of a part's log; -f follows it until Ctrl-C",
            "  demo               play a 2023 edition (140 + 72 applications, 15 lauréats) on the running platform",
            "  bench [--quick] [--baseline=<results.json>] [idle,reads,events,rush,ranking,footprint]",
            "                     the benchmark suite against the running platform (benchmarks/README.md)",
            "  kafka-env <service> the shell exports that connect a service run apart (dev mode) to the local Kafka",
            "  help               this list",
            "Parts: infra (PostgreSQL, SMTP, mailbox), kafka, keycloak, candidature-service, evaluation-service,",
            "  financement-service, notification-service (a service may be named candidature, …); logs also knows build.",
            "Environment: PTCE_DATA=<folder> (data folder, default .ptce), PTCE_PORT_OFFSET=<n> (shift every port),",
            "  PTCE_SERVICES=candidature,notification (start only some services), PTCE_NO_BUILD=1 (skip the build check).");

    private Cli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    /**
     * Exit code: 0 done (also "already running"), 1 failure, 2 port taken, 3 not built or not running,
     * 64 unknown command, bad argument or bad setting; demo and bench return their own.
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out) {
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        Progress progress = new Progress(out);
        try {
            Path root = Layout.findRepoRoot(Path.of(System.getProperty("ptce.home", ".")));
            String data = env.get("PTCE_DATA");
            Layout layout = new Layout(root, data == null || data.isBlank() ? root.resolve(".ptce") : Path.of(data));
            LauncherSettings settings = LauncherSettings.from(env);
            Ports ports = settings.ports();
            switch (command) {
                case "up" -> {
                    Platform platform = new Platform(layout, ports, progress, settings.services());
                    platform.up();
                    Summary.lines(ports, layout).forEach(out::println);
                }
                case "down" -> {
                    Platform platform = Platform.existing(layout, ports, progress);
                    if (!platform.down()) {
                        out.println("PTCE was not running (data folder " + layout.dataDir() + ").");
                    } else {
                        out.println("PTCE stopped. Data kept in " + layout.dataDir() + ".");
                    }
                }
                case "status" -> printStatus(Platform.existing(layout, ports, progress), out);
                case "restart" -> Platform.existing(layout, ports, progress).restart(rest);
                case "logs" -> {
                    return logs(Platform.existing(layout, ports, progress), rest, out);
                }
                case "demo" -> {
                    return fr.gouv.ptce.launcher.demo.Demo.run(ports, out);
                }
                case "bench" -> {
                    return Bench.run(root, rest, settings.portOffset());
                }
                case "kafka-env" -> {
                    return kafkaEnv(layout, rest, out);
                }
                case "help", "-h", "--help" -> HELP.forEach(out::println);
                case "check-settings" -> {
                    // Used by ./ptce before building: the settings were checked above, nothing to do.
                }
                default -> {
                    out.println("Unknown command '" + command + "'.");
                    HELP.forEach(out::println);
                    return 64;
                }
            }
            return 0;
        } catch (LauncherException e) {
            out.println(e.getMessage());
            return switch (e.kind()) {
                case ALREADY_RUNNING -> e.getMessage().startsWith("PTCE is already running") ? 0 : 1;
                case PORT_TAKEN -> 2;
                case NOT_BUILT, NOT_RUNNING -> 3;
                case BAD_SETTING -> 64;
                default -> 1;
            };
        }
    }

    /** {@code logs <part> [-f]}: 0 printed (or followed until Ctrl-C), 1 no log yet. */
    private static int logs(Platform platform, List<String> args, PrintStream out) {
        boolean follow = args.contains("-f") || args.contains("--follow");
        List<String> parts = args.stream().filter(a -> !a.equals("-f") && !a.equals("--follow")).toList();
        if (parts.size() != 1 || parts.get(0).startsWith("-")) {
            throw new LauncherException(LauncherException.Kind.BAD_SETTING, "Usage: ./ptce logs <part> [-f], the parts being "
                    + String.join(", ", platform.partNames()) + ", build.");
        }
        String part = parts.get(0).equals("build") ? "build" : platform.partName(parts.get(0));
        Path log = platform.layout().log(part);
        if (!Files.isRegularFile(log)) {
            out.println("No log of " + part + " yet (" + log + ").");
            return 1;
        }
        try {
            long end = Logs.printEnd(log, out);
            if (follow) {
                Logs.follow(log, end, out);
            }
        } catch (IOException e) {
            throw new LauncherException(LauncherException.Kind.OTHER, "Cannot read " + log + ": " + e.getMessage(), e);
        }
        return 0;
    }

    /**
     * {@code kafka-env <service>}: {@code eval "$(./ptce kafka-env evaluation)"} before {@code quarkus:dev}
     * gives the service its own SCRAM user on this data folder's broker, as the launcher does.
     */
    private static int kafkaEnv(Layout layout, List<String> args, PrintStream out) {
        Service service = args.size() != 1 ? null : Service.byShortName(args.get(0).replaceFirst("-service$", "")).orElse(null);
        if (service == null) {
            throw new LauncherException(LauncherException.Kind.BAD_SETTING, "Usage: ./ptce kafka-env <service>, one of "
                    + String.join(", ", Service.shortNames()) + ".");
        }
        KafkaUsers users = KafkaUsers.of(layout);
        out.println("export PTCE_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT");
        out.println("export PTCE_KAFKA_SASL_MECHANISM=" + KafkaUsers.MECHANISM);
        out.println("export PTCE_KAFKA_SASL_JAAS_CONFIG='" + users.jaas(service.moduleName()) + "'");
        return 0;
    }

    private static void printStatus(Platform platform, PrintStream out) {
        List<Platform.PartStatus> all = platform.status();
        boolean any = all.stream().anyMatch(s -> s.pid() != null);
        out.println(any ? "PTCE (data folder " + platform.layout().dataDir() + "):"
                : "PTCE is not running (data folder " + platform.layout().dataDir() + ").");
        long total = 0;
        for (Platform.PartStatus s : all) {
            String state = s.pid() == null ? "stopped" : (s.healthy() ? "UP" : "running, not ready");
            out.printf("  %-22s %-20s %-10s %s%n", s.name(), state,
                    s.pid() == null ? "" : "pid " + s.pid(), s.pid() == null ? "" : (s.rssKb() / 1024) + " MB  " + s.label());
            total += s.rssKb();
        }
        if (any) {
            out.println("  resident memory, all processes: " + (total / 1024) + " MB");
        }
    }
}
