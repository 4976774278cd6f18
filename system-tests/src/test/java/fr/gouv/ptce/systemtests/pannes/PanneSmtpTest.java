package fr.gouv.ptce.systemtests.pannes;

import fr.gouv.ptce.launcher.Platform;
import fr.gouv.ptce.systemtests.support.Bases;
import fr.gouv.ptce.systemtests.support.PlatformExtension;
import fr.gouv.ptce.systemtests.support.SystemTestPlatform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SMTP server down for a while (the launcher's infra process closes only its SMTP listener; the
 * mailbox keeps what it received) while applications are submitted: the acknowledgements are
 * retried, all sent once SMTP is back, none twice.
 */
@ExtendWith(PlatformExtension.class)
@Order(Integer.MAX_VALUE - 9)
class PanneSmtpTest {

    @Test
    void lesCourrielsProduitsPendantLaPanneSontTousEnvoyesEnsuiteUneSeuleFois(SystemTestPlatform systeme) {
        Platform plateforme = systeme.platform();
        Parcours parcours = Parcours.nouvelles(systeme.client(), "smtp");
        Flux flux = new Flux(parcours, Parcours.Profondeur.DEPOT, 1).demarrer();
        long echecsPendantLaPanne;
        int depotsPendantLaPanne;
        long dureePanneMs;
        try {
            ArretsBrutauxTest.attendreDesDepots(flux, parcours, 1);
            plateforme.stopSmtp();
            long debut = System.nanoTime();
            int avant = parcours.deposees.get();
            String motif = "%" + parcours.marqueur;
            // Down until several acknowledgements have failed at least once, 15 s at least.
            long limite = debut + 120_000_000_000L;
            do {
                Appels.pause(1000);
                echecsPendantLaPanne = Bases.nombre("notification", "select count(*) from notification "
                        + "where destinataire like ? and statut = 'EN_ATTENTE' and tentatives > 0", motif);
            } while ((System.nanoTime() - debut < 15_000_000_000L || echecsPendantLaPanne < 3)
                    && System.nanoTime() < limite && flux.echecs.isEmpty());
            depotsPendantLaPanne = parcours.deposees.get() - avant;
            dureePanneMs = (System.nanoTime() - debut) / 1_000_000;
            plateforme.startSmtp();
            ArretsBrutauxTest.attendreDesDepots(flux, parcours, 1);
        } finally {
            flux.close();
            plateforme.startSmtp();
            Remise.enEtat(plateforme);
        }
        flux.verifierSansEchec();
        Rapprochement.Bilan bilan = new Rapprochement(parcours).verifier(flux.soumises, Duration.ofSeconds(180));

        Remise.afficher("serveur SMTP arrêté " + dureePanneMs / 1000 + " s",
                "dépôts pendant la panne : " + depotsPendantLaPanne + " ; courriels en échec au moins une fois : "
                        + echecsPendantLaPanne,
                "client : " + parcours.appels.resume(),
                "bilan : " + bilan);
        assertTrue(echecsPendantLaPanne >= 3, "la panne doit avoir fait échouer des envois : " + echecsPendantLaPanne);
        assertTrue(bilan.notificationsReessayees() >= 3, bilan.toString());
    }
}
