package fr.gouv.ptce.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Données de echeance.exigible (ptce.financements) : voir ptce-events/schemas/echeance.exigible.schema.json. */
public record EcheanceExigible(UUID candidatureId,
                               String numero,
                               String porteurSub,
                               String contactEmail,
                               UUID conventionId,
                               UUID campagneId,
                               String siret,
                               UUID echeanceId,
                               int ordre,
                               long montantCentimes,
                               LocalDate dateEcheance,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String condition,
                               Instant exigibleLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.ECHEANCE_EXIGIBLE;
    }
}
