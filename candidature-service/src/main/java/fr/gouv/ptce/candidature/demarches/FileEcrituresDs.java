package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.candidature.domain.ActionDs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Queues the report of a decision on DS, in the transaction of the event that carried the decision
 * (with its inbox record): the event cannot be acknowledged without the write-back being queued.
 */
@ApplicationScoped
public class FileEcrituresDs {

    @Inject
    Clock clock;

    /** Nothing for a file that did not come from DS, or whose campaign did not ask for write-back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void demander(UUID candidatureId, ActionDs action, String motivation) {
        DossierDsLien lien = DossierDsLien.find("candidatureId", candidatureId).firstResult();
        if (lien == null) {
            return;
        }
        ConfigurationDs config = ConfigurationDs.findById(lien.campagneId);
        if (config == null || !config.ecritureRetour) {
            return;
        }
        Instant maintenant = clock.instant();
        EcritureDs e = new EcritureDs();
        e.id = UUID.randomUUID();
        e.candidatureId = candidatureId;
        e.numeroDossier = lien.numeroDossier;
        e.action = action;
        // a correction request reaches the applicant as a DS message: the instructeur's reason, framed
        e.motivation = action == ActionDs.DEMANDER_CORRECTION ? MessagesDs.correction(motivation) : motivation;
        e.statut = EcritureDs.A_ENVOYER;
        e.prochaineTentative = maintenant;
        e.creeeLe = maintenant;
        e.persist();
    }
}
