package fr.gouv.ptce.candidature.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A campaign's parameters, money in cents; checked by {@link ReglesCampagne}. */
public record ParametresCampagne(Phase phase, OffsetDateTime ouverture, OffsetDateTime cloture, Integer maxLaureats,
                                 Long montantParLaureatCentimes, Long enveloppeCentimes, Integer dureeMois,
                                 List<Echeance> echeancier, List<Rapport> rapports, List<Critere> grille) {

    public enum Declencheur { SIGNATURE, RAPPORT_APPROUVE, DATE }

    /** One instalment: a share ({@code pourcentage}) or an amount, due at {@code mois} after signature. */
    public record Echeance(int ordre, BigDecimal pourcentage, Long montantCentimes, Declencheur declencheur, int mois,
                           String rapport) {
    }

    public record Rapport(String type, int mois) {
    }

    public record Critere(String code, String libelle, BigDecimal poids) {
    }
}
