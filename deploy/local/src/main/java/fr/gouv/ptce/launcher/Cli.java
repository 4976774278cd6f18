package fr.gouv.ptce.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code ./ptce up | down | status | demo}. The repository is given by -Dptce.home (the script sets it);
 * the data folder is $PTCE_DATA or .ptce in the repository; $PTCE_PORT_OFFSET shifts every port.
 */
public final class Cli {

    private Cli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    /** Exit code: 0 done (also "already running"), 1 failure, 2 port taken, 3 not built, 64 usage. */
    public static int run(String[] args, Map<String, String> env, PrintStream out) {
        String command = args.length == 0 ? "help" : args[0];
        Path root = Layout.findRepoRoot(Path.of(System.getProperty("ptce.home", ".")));
        String data = env.get("PTCE_DATA");
        Layout layout = new Layout(root, data == null || data.isBlank() ? root.resolve(".ptce") : Path.of(data));
        Ports ports = Ports.defaults();
        String offset = env.get("PTCE_PORT_OFFSET");
        if (offset != null && !offset.isBlank()) {
            ports = ports.offsetBy(Integer.parseInt(offset.trim()));
        }
        Progress progress = new Progress(out);
        try {
            switch (command) {
                case "up" -> {
                    Platform platform = new Platform(layout, ports, progress, services(env));
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
                case "demo" -> {
                    return fr.gouv.ptce.launcher.demo.Demo.run(ports, out);
                }
                default -> {
                    out.println("Usage: ./ptce up | down | status | demo");
                    out.println("  up      build what is missing, start the platform, wait until healthy");
                    out.println("  down    stop every process started by up (data is kept)");
                    out.println("  status  what runs, its health and memory");
                    out.println("  demo    play a 2023 edition (140 + 72 applications, 15 lauréats) on the running platform");
                    return "help".equals(command) ? 0 : 64;
                }
            }
            return 0;
        } catch (LauncherException e) {
            out.println(e.getMessage());
            return switch (e.kind()) {
                case ALREADY_RUNNING -> e.getMessage().startsWith("PTCE is already running") ? 0 : 1;
                case PORT_TAKEN -> 2;
                case NOT_BUILT -> 3;
                default -> 1;
            };
        }
    }

    /** All four unless PTCE_SERVICES lists some (e.g. "candidature,notification"). */
    private static java.util.Set<Service> services(Map<String, String> env) {
        String wanted = env.get("PTCE_SERVICES");
        java.util.Set<Service> services = java.util.EnumSet.allOf(Service.class);
        if (wanted != null && !wanted.isBlank()) {
            services.clear();
            for (String name : wanted.split(",")) {
                services.add(Service.valueOf(name.trim().replace("-service", "").toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return services;
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
