package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.StatutCandidature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Appends to a file's history; called in the transaction that changes the status. */
@ApplicationScoped
public class Historique {

    @Transactional(Transactional.TxType.MANDATORY)
    public void noter(Candidature c, StatutCandidature ancien, StatutCandidature nouveau, String acteur, Instant instant,
                      String motif) {
        HistoriqueStatut h = new HistoriqueStatut();
        h.candidatureId = c.id;
        h.ancienStatut = ancien;
        h.nouveauStatut = nouveau;
        h.acteur = acteur == null ? "inconnu" : acteur;
        h.instant = instant;
        h.motif = motif;
        h.persist();
    }
}
