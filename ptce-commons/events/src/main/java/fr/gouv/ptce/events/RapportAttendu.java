package fr.gouv.ptce.events;

import java.time.LocalDate;
import java.util.UUID;

/** Données de rapport.attendu (ptce.financements) : voir ptce-events/schemas/rapport.attendu.schema.json. */
public record RapportAttendu(UUID candidatureId,
                             String numero,
                             String porteurSub,
                             String contactEmail,
                             UUID conventionId,
                             UUID campagneId,
                             String siret,
                             UUID rapportId,
                             String type,
                             LocalDate dateLimite) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.RAPPORT_ATTENDU;
    }
}
