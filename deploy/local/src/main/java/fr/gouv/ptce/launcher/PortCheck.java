package fr.gouv.ptce.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tells which of the platform's ports are already used by another program, before starting anything. */
public final class PortCheck {

    private PortCheck() {
    }

    /** True when something answers on localhost:port or the port cannot be bound. */
    public static boolean isTaken(int port) {
        return answers(port) || !bindable(port);
    }

    /** True when a server accepts connections on localhost:port (used to wait for a part too). */
    public static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The named ports that are taken, as "8081 (candidature-service)"; empty when all are free. */
    public static List<String> taken(Map<String, Integer> portsByName) {
        List<String> taken = new ArrayList<>();
        portsByName.forEach((name, port) -> {
            if (isTaken(port)) {
                taken.add(port + " (" + name + ")");
            }
        });
        return taken;
    }

    /** Throws a {@link LauncherException} naming every taken port and the part that needs it. */
    public static void requireFree(Map<String, Integer> portsByName) {
        List<String> taken = taken(portsByName);
        if (!taken.isEmpty()) {
            throw new LauncherException(LauncherException.Kind.PORT_TAKEN,
                    "Port " + String.join(", port ", taken) + (taken.size() > 1 ? " are" : " is")
                            + " already in use by another program. Stop that program (e.g. `ss -ltnp | grep :"
                            + taken.get(0).split(" ")[0] + "` shows which) and run `./ptce up` again.");
        }
    }
}
