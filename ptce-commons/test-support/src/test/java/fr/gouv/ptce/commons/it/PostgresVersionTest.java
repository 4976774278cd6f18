package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PostgreSQL the tests (and the local launcher, same binaries) run is the major version that
 * production runs: the CloudNativePG clusters' image in deploy/k8s. A migration or query that
 * behaves differently across majors is then caught here, not in production.
 */
class PostgresVersionTest {

    @Test
    void theTestsRunTheMajorVersionOfTheProductionClusters() throws Exception {
        String clusters = Files.readString(Path.of("../../deploy/k8s/base/postgres/clusters.yaml"));
        Matcher image = Pattern.compile("imageName: \\S+/postgresql:(\\d+)\\.").matcher(clusters);
        assertTrue(image.find(), "no CloudNativePG imageName in clusters.yaml");
        int production = Integer.parseInt(image.group(1));
        while (image.find()) {
            assertEquals(production, Integer.parseInt(image.group(1)), "the clusters run different majors");
        }
        try (Connection c = DriverManager.getConnection(TestInfrastructure.jdbcUrl("postgres"), "postgres", "postgres");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("show server_version_num")) {
            assertTrue(rs.next());
            assertEquals(production, rs.getInt(1) / 10000, "server_version_num " + rs.getInt(1));
        }
    }
}
