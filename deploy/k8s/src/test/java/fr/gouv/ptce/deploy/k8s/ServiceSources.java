package fr.gouv.ptce.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the services' own sources say: the environment variables they read, the paths they serve. */
final class ServiceSources {

    static final List<String> SERVICES =
            List.of("candidature-service", "evaluation-service", "financement-service", "notification-service");

    static final Path REPO = Path.of(System.getProperty("ptce.repo", "../..")).toAbsolutePath().normalize();

    static final Path COMMONS_CONFIG =
            REPO.resolve("ptce-commons/core/src/main/resources/META-INF/microprofile-config.properties");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:?)");
    private static final Pattern PATH = Pattern.compile("@Path\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern CLASS = Pattern.compile("\\b(class|interface|record)\\s+\\w+");

    private ServiceSources() {
    }

    /** An environment variable a service reads, with its default (null when it has none). */
    record EnvVar(String name, String defaultValue, String property, Path file) {
        boolean hasDefault() {
            return defaultValue != null;
        }
    }

    static Path applicationProperties(String service) {
        return REPO.resolve(service).resolve("src/main/resources/application.properties");
    }

    /** Variables of the service's application.properties then of ptce-commons, outside test/dev profiles. */
    static Map<String, EnvVar> envVars(String service) {
        Map<String, EnvVar> vars = new LinkedHashMap<>();
        for (Path file : List.of(applicationProperties(service), COMMONS_CONFIG)) {
            for (Map.Entry<String, String> p : properties(file).entrySet()) {
                if (p.getKey().startsWith("%")) {
                    continue;
                }
                Matcher m = VARIABLE.matcher(p.getValue());
                while (m.find()) {
                    String def = m.group(2).isEmpty() ? null : defaultAt(p.getValue(), m.end());
                    vars.putIfAbsent(m.group(1), new EnvVar(m.group(1), def, p.getKey(), file));
                }
            }
        }
        return vars;
    }

    /** The default after "${NAME:", up to the brace that closes it (defaults may nest). */
    private static String defaultAt(String value, int start) {
        int depth = 1;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return value.substring(start, i);
            }
        }
        return value.substring(start);
    }

    /** key = value lines (continuations joined), in file order. */
    static Map<String, String> properties(Path file) {
        Map<String, String> props = new LinkedHashMap<>();
        String pending = "";
        for (String line : lines(file)) {
            String l = pending + line.strip();
            if (l.endsWith("\\")) {
                pending = l.substring(0, l.length() - 1);
                continue;
            }
            pending = "";
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
                continue;
            }
            int eq = l.indexOf('=');
            if (eq > 0) {
                props.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        }
        return props;
    }

    /** The Kafka topics a service's channels name (consumed topics and dead-letter topics). */
    static TreeSet<String> topics(String service) {
        TreeSet<String> topics = new TreeSet<>();
        properties(applicationProperties(service)).forEach((key, value) -> {
            if (key.startsWith("mp.messaging.") && (key.endsWith(".topic") || key.endsWith(".topics"))) {
                for (String t : value.split(",")) {
                    topics.add(t.strip());
                }
            }
        });
        return topics;
    }

    /** PostgreSQL extensions the service's Flyway migrations create. */
    static TreeSet<String> extensions(String service) {
        TreeSet<String> extensions = new TreeSet<>();
        Path migrations = REPO.resolve(service).resolve("src/main/resources/db/migration");
        if (!Files.isDirectory(migrations)) {
            return extensions;
        }
        Pattern create = Pattern.compile("(?i)create\\s+extension\\s+(?:if\\s+not\\s+exists\\s+)?\"?([a-z0-9_]+)");
        try (Stream<Path> files = Files.walk(migrations)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".sql"))::iterator) {
                Matcher m = create.matcher(String.join("\n", lines(file)));
                while (m.find()) {
                    extensions.add(m.group(1).toLowerCase());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return extensions;
    }

    /** Full JAX-RS paths (class @Path + method @Path) in the service's main Java sources. */
    static TreeSet<String> httpPaths(String service) {
        TreeSet<String> paths = new TreeSet<>();
        Path sources = REPO.resolve(service).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return paths;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String code = String.join("\n", lines(file));
                Matcher c = CLASS.matcher(code);
                int classAt = c.find() ? c.start() : Integer.MAX_VALUE;
                String base = "";
                List<String> methodPaths = new ArrayList<>();
                Matcher m = PATH.matcher(code);
                while (m.find()) {
                    if (m.start() < classAt) {
                        base = m.group(1);
                    } else {
                        methodPaths.add(m.group(1));
                    }
                }
                if (base.isEmpty() && methodPaths.isEmpty()) {
                    continue;
                }
                if (!base.isEmpty()) {
                    paths.add(join(base, ""));
                }
                for (String mp : methodPaths) {
                    paths.add(join(base, mp));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
