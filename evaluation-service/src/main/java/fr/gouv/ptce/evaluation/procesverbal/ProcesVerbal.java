package fr.gouv.ptce.evaluation.procesverbal;

import fr.gouv.ptce.evaluation.domain.Phase;
import fr.gouv.ptce.evaluation.domain.TypeDecision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the minutes of a campaign's committee record, read from the decisions as they were stored. */
record ProcesVerbal(String code, String libelle, Phase phase, Instant ouverture, Instant cloture,
                    List<String> membres, List<LigneDecision> decisions, List<LigneDesistement> desistements,
                    long laureats, Long montantParLaureatCentimes, Long enveloppeCentimes, Instant etabliLe) {

    /** One decision: rank as recorded with it, score from the ranking (null when the file is not ranked). */
    record LigneDecision(Integer rang, String numero, String raisonSociale, TypeDecision decision, boolean promotion,
                         BigDecimal score, String motivation, String decideur, Instant decideLe) {
    }

    record LigneDesistement(String numero, String raisonSociale, String motif, String enregistrePar,
                            Instant desisteLe, String numeroPromu) {
    }
}
