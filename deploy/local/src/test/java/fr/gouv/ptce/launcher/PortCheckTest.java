package fr.gouv.ptce.launcher;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortCheckTest {

    @Test
    void a_port_held_by_another_program_is_reported_with_the_part_that_needs_it() throws Exception {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = other.getLocalPort();

            assertTrue(PortCheck.isTaken(port));
            LauncherException e = assertThrows(LauncherException.class,
                    () -> PortCheck.requireFree(Map.of("candidature-service", port)));
            assertEquals(LauncherException.Kind.PORT_TAKEN, e.kind());
            assertTrue(e.getMessage().contains(port + " (candidature-service)"), e.getMessage());
        }
    }

    @Test
    void a_free_port_is_not_reported() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertFalse(PortCheck.isTaken(port));
        PortCheck.requireFree(Map.of("keycloak", port));
    }

    @Test
    void a_ports_file_written_before_clamd_existed_still_reads_with_clamd_shifted_like_the_rest() throws Exception {
        Ports shifted = Ports.defaults().offsetBy(4000);
        java.util.Properties p = new java.util.Properties();
        p.load(new java.io.StringReader(shifted.toProperties().replaceAll("clamd=\\d+\n", "")));
        assertEquals(shifted, Ports.fromProperties(p));
    }

    @Test
    void every_port_of_the_platform_has_a_name_and_ports_are_distinct() {
        Map<String, Integer> byName = Ports.defaults().byName();
        assertEquals(11, byName.size());
        assertEquals(11, byName.values().stream().distinct().count());
        assertEquals(3310, byName.get("clamd (antivirus)"));
        assertEquals(8081, byName.get("candidature-service"));
        assertEquals(18180, Ports.defaults().offsetBy(10000).keycloak());
    }

    @Test
    void ports_survive_the_round_trip_through_the_data_folder() throws Exception {
        Ports ports = Ports.defaults().offsetBy(123);
        java.util.Properties p = new java.util.Properties();
        p.load(new java.io.StringReader(ports.toProperties()));
        assertEquals(ports, Ports.fromProperties(p));
    }
}
