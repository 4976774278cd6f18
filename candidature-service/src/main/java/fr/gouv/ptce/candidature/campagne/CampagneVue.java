package fr.gouv.ptce.candidature.campagne;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.gouv.ptce.commons.concurrence.Versionnee;

import fr.gouv.ptce.candidature.domain.ParametresCampagne.Declencheur;
import fr.gouv.ptce.candidature.domain.Phase;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A campaign as everyone reads it. Dates in Paris time. {@code finDepot} is the first instant a
 * submission is refused; {@code dernierInstantDepot} the last one accepted; {@code ouverte} is
 * computed at the server's instant.
 */
public record CampagneVue(UUID id, String code, String libelle, Phase phase, OffsetDateTime ouverture,
                          OffsetDateTime cloture, OffsetDateTime finDepot, OffsetDateTime dernierInstantDepot,
                          boolean ouverte, boolean publiee, OffsetDateTime publieeLe, Integer maxLaureats,
                          BigDecimal montantParLaureat, BigDecimal enveloppe, Integer dureeMois,
                          List<Echeance> echeancier, List<Rapport> rapports, List<Critere> grille,
                          @JsonIgnore long version) implements Versionnee {

    public record Echeance(int ordre, BigDecimal pourcentage, BigDecimal montant, Declencheur declencheur, int mois,
                           String rapport) {
    }

    public record Rapport(String type, int mois) {
    }

    public record Critere(String code, String libelle, BigDecimal poids) {
    }
}
