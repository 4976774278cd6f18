package fr.gouv.ptce.evaluation.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.gouv.ptce.commons.concurrence.Versionnee;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.evaluation.domain.StatutAffectation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What an evaluator sees. Before its declaration of interests: only who the file is about. */
public final class EvaluationVues {

    private EvaluationVues() {
    }

    /** Enough to recognise a conflict of interests (structure and members), nothing of the project. */
    public record Resume(UUID id, UUID candidatureId, String numero, UUID campagneId, String raisonSociale,
                         String siret, List<String> membres, StatutAffectation statut, Instant affecteeLe,
                         Instant soumiseLe) {
    }

    public record CritereGrille(String code, String libelle, BigDecimal poids) {
    }

    public record NoteVue(String critere, BigDecimal note, String commentaire) {
    }

    public record Detail(UUID id, UUID candidatureId, String numero, UUID campagneId, StatutAffectation statut,
                         Boolean conflit, String precision, Instant declareeLe, List<CritereGrille> grille,
                         List<NoteVue> notes, String avis, BigDecimal total, Instant soumiseLe, JsonNode candidature,
                         @JsonIgnore long version) implements Versionnee {
    }

    /** Answer to a declaration: a conflict ends the assignment and shows no file. */
    public record Declaration(UUID id, StatutAffectation statut, boolean conflit, String precision,
                              Instant declareeLe) {
    }

    /** Answer to the instructeur's assignment. */
    public record Affectee(UUID id, UUID candidatureId, String evaluateurSub, String evaluateurNom,
                           StatutAffectation statut, Instant affecteeLe) {
    }
}
