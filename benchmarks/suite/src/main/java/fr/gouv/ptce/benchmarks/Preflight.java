package fr.gouv.ptce.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Refuses to start unless every part of `./ptce up` answers: a clear message beats a stack of timeouts. */
public final class Preflight {

    private Preflight() {
    }

    public static void check(Settings s) {
        Map<String, Boolean> parts = new LinkedHashMap<>();
        parts.put("postgresql :" + s.postgres(), portOpen(s.host(), s.postgres()));
        parts.put("kafka :" + s.kafka(), portOpen(s.host(), s.kafka()));
        parts.put("keycloak " + s.url(s.keycloak()) + "/realms/ptce",
                Http.up(s.url(s.keycloak()) + "/realms/ptce/.well-known/openid-configuration"));
        parts.put("candidature-service :" + s.candidature(), Http.up(s.url(s.candidature()) + "/q/health/ready"));
        parts.put("evaluation-service :" + s.evaluation(), Http.up(s.url(s.evaluation()) + "/q/health/ready"));
        parts.put("financement-service :" + s.financement(), Http.up(s.url(s.financement()) + "/q/health/ready"));
        parts.put("notification-service :" + s.notification(), Http.up(s.url(s.notification()) + "/q/health/ready"));
        List<String> down = new ArrayList<>();
        parts.forEach((name, up) -> {
            if (!up) {
                down.add(name);
            }
        });
        if (!down.isEmpty()) {
            throw new BenchException("La plateforme locale n'est pas prête (" + String.join(", ", down)
                    + "). Lancez d'abord `./ptce up` (puis `./ptce status`), et relancez les benchmarks.");
        }
    }

    static boolean portOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
