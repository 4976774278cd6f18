package fr.gouv.ptce.systemtests.pannes;

import fr.gouv.ptce.launcher.Platform;
import fr.gouv.ptce.launcher.Service;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} of each service in turn while two threads submit applications and take them
 * through instruction, evaluation and decision; each service is started again by the launcher's
 * code. Runs after every other system test (it kills things): see junit-platform.properties.
 */
@ExtendWith(PlatformExtension.class)
@Order(Integer.MAX_VALUE - 10)
class ArretsBrutauxTest {

    @Test
    void chaqueServiceTueAuMilieuDuFluxRedemarreSansRienPerdreNiDoubler(SystemTestPlatform systeme) {
        Platform plateforme = systeme.platform();
        Parcours parcours = Parcours.nouvelles(systeme.client(), "kill");
        Map<Service, Long> retablissementMs = new LinkedHashMap<>();
        Flux flux = new Flux(parcours, Parcours.Profondeur.DECISIONS, 2).demarrer();
        long t0 = System.nanoTime();
        try {
            for (Service s : Service.values()) {
                attendreDesDepots(flux, parcours, 2);
                plateforme.kill(s);
                Appels.pause(3000);
                long debut = System.nanoTime();
                plateforme.start(s);
                retablissementMs.put(s, (System.nanoTime() - debut) / 1_000_000);
            }
            attendreDesDepots(flux, parcours, 2);
        } finally {
            flux.close();
            Remise.enEtat(plateforme);
        }
        flux.verifierSansEchec();
        Rapprochement.Bilan bilan = new Rapprochement(parcours).verifier(flux.soumises, Duration.ofSeconds(240));

        Remise.afficher("kill -9 de chaque service, un à la fois, puis redémarrage",
                "durée " + (System.nanoTime() - t0) / 1_000_000_000 + " s ; redémarrage jusqu'à prêt (ms) : " + retablissementMs,
                "client : " + parcours.appels.resume(),
                "flux : " + parcours.deposees.get() + " dépôts, " + parcours.decisions.get() + " décisions, "
                        + parcours.laureatsPhase2.get() + " lauréats de phase 2",
                "bilan : " + bilan);
        assertEquals(4, retablissementMs.size());
        assertTrue(bilan.conventions() > 0, "le flux doit aller jusqu'aux conventions : " + bilan);
        assertTrue(parcours.appels.erreursAvecTrace().isEmpty(), "réponses 5xx avec trace : "
                + parcours.appels.erreursAvecTrace());
    }

    /** Lets the stream make progress before the next fault. */
    static void attendreDesDepots(Flux flux, Parcours parcours, int combien) {
        int vise = parcours.deposees.get() + combien;
        long limite = System.nanoTime() + 180_000_000_000L;
        while (parcours.deposees.get() < vise && System.nanoTime() < limite && flux.echecs.isEmpty()) {
            Appels.pause(200);
        }
    }
}
