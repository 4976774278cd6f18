package fr.gouv.ptce.deploy.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a Kustomize directory with the real tool, {@code kubectl kustomize}, exactly as an ops team
 * applying it with {@code kubectl apply -k} would get it. The build never reproduces Kustomize: a
 * re-implementation once merged a patch differently from the tool and hid an invalid prod overlay.
 */
final class KubectlKustomize {

    /** The Kustomize major version whose behaviour the overlays are written for (patches, labels). */
    static final int MIN_KUSTOMIZE_MAJOR = 5;

    private static final Pattern KUSTOMIZE_VERSION = Pattern.compile("Kustomize Version: v(\\d+)\\.(\\d+)\\.(\\d+)");

    private static volatile String version;

    private KubectlKustomize() {
    }

    /** The rendered YAML stream of {@code dir}; fails with kubectl's own message when it refuses. */
    static String render(Path dir) {
        checkVersion();
        Result r = run(List.of("kubectl", "kustomize", dir.toString()));
        if (r.exit != 0) {
            throw new IllegalStateException("kubectl kustomize " + dir + " failed (exit " + r.exit + "):\n" + r.err);
        }
        return r.out;
    }

    /** "v5.5.0": the Kustomize embedded in the kubectl on the PATH, which must be 5 or later. */
    static String checkVersion() {
        if (version == null) {
            Result r = run(List.of("kubectl", "version", "--client"));
            Matcher m = KUSTOMIZE_VERSION.matcher(r.out);
            if (r.exit != 0 || !m.find()) {
                throw new IllegalStateException("`kubectl version --client` did not report a Kustomize version (exit "
                        + r.exit + "): " + r.out + r.err);
            }
            if (Integer.parseInt(m.group(1)) < MIN_KUSTOMIZE_MAJOR) {
                throw new IllegalStateException("kubectl embeds Kustomize v" + m.group(1) + "." + m.group(2)
                        + ", the overlays need v" + MIN_KUSTOMIZE_MAJOR + "+ (kubectl 1.27 or later)");
            }
            version = "v" + m.group(1) + "." + m.group(2) + "." + m.group(3);
        }
        return version;
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> command) {
        Process p;
        try {
            p = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is not on the PATH (" + e.getMessage() + "): install it"
                    + " (.ci/run installs Debian's kubernetes-client when it is missing)", e);
        }
        try {
            p.getOutputStream().close();
            var out = p.getInputStream().readAllBytes();
            var err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not end within 60 s");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command + " interrupted", e);
        }
    }
}
