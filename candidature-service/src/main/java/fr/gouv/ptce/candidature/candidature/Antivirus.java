package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.config.CandidatureSettings;
import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.problem.Violation;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.List;

/**
 * Every attachment goes through ClamAV before it is stored. An infected file is refused (422 naming
 * the signature); when the daemon cannot scan it (unreachable, too slow, in error) the upload is
 * refused as well (503): a file is never stored unscanned.
 */
@ApplicationScoped
public class Antivirus {

    private static final Logger LOG = Logger.getLogger(Antivirus.class);

    @Inject
    CandidatureSettings settings;

    /** Says at start where the daemon is and whether it answers, so that an operator sees it early. */
    void auDemarrage(@Observes StartupEvent e) {
        CandidatureSettings.Antivirus a = settings.antivirus();
        if (client().repond()) {
            LOG.infof("Antivirus : clamd répond sur %s:%d ; chaque pièce jointe y est analysée.", a.hote(), a.port());
        } else {
            LOG.warnf("Antivirus : clamd ne répond pas sur %s:%d ; les dépôts de pièces seront refusés (503) "
                    + "tant qu'il ne répondra pas.", a.hote(), a.port());
        }
    }

    public void exigerSain(byte[] contenu) {
        ClientClamd.Verdict verdict;
        try {
            verdict = client().analyser(contenu);
        } catch (IOException e) {
            LOG.warnf("Antivirus : analyse impossible (%s)", e.toString());
            throw new ProblemException(Problem.of(503, "antivirus-indisponible", "Service indisponible",
                    "L'analyse antivirus de la pièce est impossible pour le moment ; rien n'a été enregistré. "
                            + "Réessayez dans quelques minutes."));
        }
        if (verdict instanceof ClientClamd.Infecte infecte) {
            throw ProblemException.unprocessable("piece-infectee", "L'antivirus a détecté « " + infecte.signature()
                            + " » dans la pièce ; elle n'a pas été enregistrée.",
                    List.of(new Violation("fichier", "virus détecté : " + infecte.signature())));
        }
    }

    private ClientClamd client() {
        CandidatureSettings.Antivirus a = settings.antivirus();
        return new ClientClamd(a.hote(), a.port(), a.delai());
    }
}
