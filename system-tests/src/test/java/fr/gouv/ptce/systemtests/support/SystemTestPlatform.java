package fr.gouv.ptce.systemtests.support;

import fr.gouv.ptce.launcher.Layout;
import fr.gouv.ptce.launcher.Platform;
import fr.gouv.ptce.launcher.Ports;
import fr.gouv.ptce.launcher.Progress;

import java.nio.file.Path;

/**
 * The platform of the system tests: started once per test JVM by {@link PlatformExtension} through
 * the launcher's own code, in system-tests/target/ptce-data (a developer's .ptce is untouched) and
 * on the default ports shifted by {@link #PORT_OFFSET}.
 */
public final class SystemTestPlatform {

    /**
     * 10000 by default; -Dptce.systemtests.port-offset=20000 lets a second checkout or a second
     * engineer run the system tests beside the first (its data then goes to ptce-data-20000).
     */
    public static final int PORT_OFFSET = Integer.getInteger("ptce.systemtests.port-offset", 10000);

    private static SystemTestPlatform instance;

    private final Platform platform;
    private final PtceClient client;
    private final long startupNanos;

    private SystemTestPlatform(Platform platform, long startupNanos) {
        this.platform = platform;
        this.client = new PtceClient(platform.ports());
        this.startupNanos = startupNanos;
    }

    public static Layout layout() {
        // -Dptce.home points at another checkout's built jars (troubleshooting); default: this one.
        Path repo = Layout.findRepoRoot(Path.of(System.getProperty("ptce.home", ".")));
        String data = System.getProperty("ptce.systemtests.data");
        Path dir = data != null ? Path.of(data) : repo.resolve("system-tests/target/ptce-data");
        return new Layout(repo, PORT_OFFSET == 10000 ? dir : dir.resolveSibling(dir.getFileName() + "-" + PORT_OFFSET));
    }

    public static Ports ports() {
        return Ports.defaults().offsetBy(PORT_OFFSET);
    }

    /** All four services, unless -Dptce.services=candidature,notification narrows them (troubleshooting only). */
    public static java.util.Set<fr.gouv.ptce.launcher.Service> services() {
        java.util.Set<fr.gouv.ptce.launcher.Service> all = java.util.EnumSet.allOf(fr.gouv.ptce.launcher.Service.class);
        String wanted = System.getProperty("ptce.services", "");
        if (!wanted.isBlank()) {
            all.clear();
            for (String name : wanted.split(",")) {
                all.add(fr.gouv.ptce.launcher.Service.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT)));
            }
        }
        return all;
    }

    /** Starts the platform on first call (stopping leftovers of an aborted earlier run first). */
    static synchronized SystemTestPlatform start() {
        if (instance == null) {
            // Short retry and polling timings (SystemTestSettings): the fault tests wait seconds, not minutes.
            Platform platform = new Platform(layout(), ports(), new Progress(System.out), services(),
                    fr.gouv.ptce.launcher.SystemTestSettings.serviceEnvironment());
            if (platform.isRunning()) {
                System.out.println("Stopping a platform left running by an earlier, aborted test run");
                platform.down();
            }
            long t0 = System.nanoTime();
            platform.up();
            instance = new SystemTestPlatform(platform, System.nanoTime() - t0);
            System.out.printf("Platform resident memory: %d MB%n", platform.totalRssKb() / 1024);
            // If the test JVM is ended early, its detached processes must not outlive it.
            Runtime.getRuntime().addShutdownHook(new Thread(SystemTestPlatform::stop, "ptce-platform-stop"));
        }
        return instance;
    }

    static synchronized void stop() {
        if (instance != null) {
            instance.platform.down();
            instance = null;
        }
    }

    public Platform platform() {
        return platform;
    }

    public PtceClient client() {
        return client;
    }

    public long startupNanos() {
        return startupNanos;
    }
}
