package fr.gouv.ptce.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Données de echeance.payee (ptce.financements) : voir ptce-events/schemas/echeance.payee.schema.json. */
public record EcheancePayee(UUID candidatureId,
                            String numero,
                            String porteurSub,
                            String contactEmail,
                            UUID conventionId,
                            UUID campagneId,
                            String siret,
                            UUID echeanceId,
                            int ordre,
                            long montantCentimes,
                            LocalDate datePaiement,
                            String reference,
                            Instant payeeLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.ECHEANCE_PAYEE;
    }
}
