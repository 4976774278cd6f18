package fr.gouv.ptce.evaluation.instruction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Writes and reads the history of the files (append-only). */
@ApplicationScoped
public class Journal {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void noter(Instruction dossier, String action, String acteur, String commentaire) {
        JournalInstruction ligne = new JournalInstruction();
        ligne.candidatureId = dossier.candidatureId;
        ligne.action = action;
        ligne.statut = dossier.statut.name();
        ligne.acteur = acteur;
        ligne.commentaire = commentaire;
        ligne.survenuLe = clock.instant();
        ligne.persist();
    }

    public List<JournalInstruction> historique(UUID candidatureId) {
        return JournalInstruction.list("candidatureId = ?1 order by id", candidatureId);
    }
}
