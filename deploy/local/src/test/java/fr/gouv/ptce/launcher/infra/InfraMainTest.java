package fr.gouv.ptce.launcher.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfraMainTest {

    /** The binaries the launcher starts are the major version it announces (and checks data folders against). */
    @Test
    void theEmbeddedBinariesAreTheAnnouncedMajorVersion(@TempDir Path data) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).start();
             Connection c = postgres.getPostgresDatabase().getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("show server_version_num")) {
            assertTrue(rs.next());
            assertEquals(InfraMain.POSTGRES_MAJOR, rs.getInt(1) / 10000);
        }
        assertDoesNotThrow(() -> InfraMain.checkDataFolderVersion(data), "a folder of the same major opens");
    }

    @Test
    void aDataFolderOfAnotherMajorIsRefusedWithWhatToDo(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("PG_VERSION"), "14\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InfraMain.checkDataFolderVersion(data));
        assertTrue(e.getMessage().contains("holds a PostgreSQL 14 database; the launcher now runs PostgreSQL "
                + InfraMain.POSTGRES_MAJOR), e.getMessage());
        assertTrue(e.getMessage().contains("./ptce down"), e.getMessage());
    }
}
