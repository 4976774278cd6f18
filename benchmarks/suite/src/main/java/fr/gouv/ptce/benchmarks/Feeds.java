package fr.gouv.ptce.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** CSV feeders for Gatling: one request per line (path, bearer token), or one porteur per line. */
public final class Feeds {

    public record Line(String path, String token) {
    }

    private Feeds() {
    }

    public static Path requests(Settings s, String name, List<Line> lines) {
        StringBuilder b = new StringBuilder("path,token\n");
        lines.forEach(l -> b.append(l.path()).append(',').append(l.token()).append('\n'));
        return write(s, name, b);
    }

    public static Path porteurs(Settings s, List<Keycloak.User> users) {
        StringBuilder b = new StringBuilder("login,token\n");
        users.forEach(u -> b.append(u.login()).append(',').append(u.token()).append('\n'));
        return write(s, "porteurs", b);
    }

    private static Path write(Settings s, String name, StringBuilder content) {
        try {
            Path dir = s.results().resolve("feeds");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new BenchException("fichier de données Gatling impossible à écrire: " + e, e);
        }
    }
}
