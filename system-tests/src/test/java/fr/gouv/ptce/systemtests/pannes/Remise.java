package fr.gouv.ptce.systemtests.pannes;

import fr.gouv.ptce.launcher.Platform;
import fr.gouv.ptce.launcher.Service;

import java.util.List;

/** Leaves the platform as a fault test found it: whatever it stopped runs again and is ready. */
final class Remise {

    private Remise() {
    }

    static void enEtat(Platform plateforme) {
        List<String> vivants = plateforme.runningParts();
        if (!vivants.contains("kafka")) {
            plateforme.startKafka();
        }
        for (Service s : Service.values()) {
            if (!vivants.contains(s.moduleName())) {
                plateforme.start(s);
            }
        }
        long limite = System.nanoTime() + 120_000_000_000L;
        for (Service s : Service.values()) {
            while (!plateforme.ready(s)) {
                if (System.nanoTime() > limite) {
                    throw new AssertionError(s.moduleName() + " n'est pas redevenu prêt");
                }
                Appels.pause(500);
            }
        }
    }

    static void afficher(String titre, String... lignes) {
        StringBuilder sb = new StringBuilder("\n=== Panne : ").append(titre).append('\n');
        for (String l : lignes) {
            sb.append("    ").append(l).append('\n');
        }
        System.out.print(sb);
        System.out.flush();
    }
}
