package fr.gouv.ptce.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Données de campagne.publiee (ptce.campagnes) : voir ptce-events/schemas/campagne.publiee.schema.json. */
public record CampagnePubliee(UUID campagneId,
                              String code,
                              String libelle,
                              Phase phase,
                              Instant ouverture,
                              Instant cloture,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Instant clotureSaisie,
                              Integer maxLaureats,
                              Long montantParLaureatCentimes,
                              Long enveloppeCentimes,
                              Integer dureeMois,
                              List<EcheanceModele> echeancier,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<RapportModele> rapports,
                              List<Critere> grille,
                              Instant publieeLe) implements Evenement {

    @Override
    public Fait eventType() {
        return Fait.CAMPAGNE_PUBLIEE;
    }
}
