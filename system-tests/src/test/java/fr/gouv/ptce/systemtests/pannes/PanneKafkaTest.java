package fr.gouv.ptce.systemtests.pannes;

import fr.gouv.ptce.launcher.Platform;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kafka broker killed ({@code kill -9}) while applications are being submitted, started again
 * after a while: submissions go on meanwhile (the outboxes keep the events), and once the broker is
 * back every event reaches its consumers exactly once. The outage lasts
 * {@code -Dptce.systemtests.pannes.arret-kafka} seconds, 60 by default.
 */
@ExtendWith(PlatformExtension.class)
@Order(Integer.MAX_VALUE - 6)
class PanneKafkaTest {

    static final int ARRET_S = Integer.getInteger("ptce.systemtests.pannes.arret-kafka", 60);

    @Test
    void leBrokerTueUneMinutePendantLesDepotsRienNEstPerdu(SystemTestPlatform systeme) {
        Platform plateforme = systeme.platform();
        Parcours parcours = Parcours.nouvelles(systeme.client(), "kafka");
        Flux flux = new Flux(parcours, Parcours.Profondeur.DEPOT, 1).demarrer();
        int pendantLaPanne;
        long retablissementMs;
        try {
            ArretsBrutauxTest.attendreDesDepots(flux, parcours, 2);
            plateforme.killKafka();
            int avant = parcours.deposees.get();
            Appels.pause(ARRET_S * 1000L);
            pendantLaPanne = parcours.deposees.get() - avant;
            long debut = System.nanoTime();
            plateforme.startKafka();
            retablissementMs = (System.nanoTime() - debut) / 1_000_000;
            ArretsBrutauxTest.attendreDesDepots(flux, parcours, 2);
        } finally {
            flux.close();
            Remise.enEtat(plateforme);
        }
        flux.verifierSansEchec();
        Rapprochement.Bilan bilan = new Rapprochement(parcours).verifier(flux.soumises, Duration.ofSeconds(240));

        Remise.afficher("broker Kafka tué (kill -9) pendant " + ARRET_S + " s",
                "dépôts acceptés pendant la panne : " + pendantLaPanne + " ; broker prêt " + retablissementMs
                        + " ms après son redémarrage",
                "client : " + parcours.appels.resume(),
                "bilan : " + bilan);
        assertTrue(pendantLaPanne > 0, "les dépôts continuent sans broker (outbox)");
        assertTrue(parcours.appels.erreursAvecTrace().isEmpty(), "réponses 5xx avec trace : "
                + parcours.appels.erreursAvecTrace());
    }
}
