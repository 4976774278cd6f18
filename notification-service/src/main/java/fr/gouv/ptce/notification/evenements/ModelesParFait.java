package fr.gouv.ptce.notification.evenements;

import fr.gouv.ptce.events.Fait;
import fr.gouv.ptce.notification.domain.Modele;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The e-mail each fact triggers for its porteur (for evaluateur.affecte, for the evaluator); facts
 * absent here are only stored or forwarded.
 */
public final class ModelesParFait {

    private static final Map<Fait, Modele> MODELES = new EnumMap<>(Map.ofEntries(
            Map.entry(Fait.CANDIDATURE_DEPOSEE, Modele.ACCUSE_RECEPTION),
            Map.entry(Fait.CANDIDATURE_REDEPOSEE, Modele.REDEPOT),
            Map.entry(Fait.CORRECTIONS_DEMANDEES, Modele.CORRECTIONS_DEMANDEES),
            Map.entry(Fait.CANDIDATURE_IRRECEVABLE, Modele.IRRECEVABILITE),
            Map.entry(Fait.EVALUATEUR_AFFECTE, Modele.EVALUATION_AFFECTEE),
            Map.entry(Fait.DECISION_RENDUE, Modele.DECISION),
            Map.entry(Fait.LAUREAT_PHASE1_DESIGNE, Modele.LAUREAT_PHASE1),
            Map.entry(Fait.LAUREAT_PHASE2_SELECTIONNE, Modele.LAUREAT_PHASE2),
            Map.entry(Fait.CONVENTION_CREEE, Modele.CONVENTION_A_SIGNER),
            Map.entry(Fait.ECHEANCE_EXIGIBLE, Modele.ECHEANCE_EXIGIBLE),
            Map.entry(Fait.ECHEANCE_PAYEE, Modele.ECHEANCE_PAYEE),
            Map.entry(Fait.RAPPORT_ATTENDU, Modele.RAPPORT_ATTENDU),
            Map.entry(Fait.CONVENTION_RESILIEE, Modele.CONVENTION_RESILIEE),
            Map.entry(Fait.REVERSEMENT_DEMANDE, Modele.REVERSEMENT_DEMANDE),
            Map.entry(Fait.REVERSEMENT_TITRE_EMIS, Modele.REVERSEMENT_TITRE_EMIS),
            Map.entry(Fait.LAUREAT_PHASE2_DESISTE, Modele.DESISTEMENT),
            Map.entry(Fait.RAPPORT_REJETE, Modele.RAPPORT_REJETE),
            Map.entry(Fait.RAPPORT_APPROUVE, Modele.RAPPORT_APPROUVE),
            Map.entry(Fait.INSCRIPTION_SESSION_ENREGISTREE, Modele.INSCRIPTION_ENREGISTREE),
            Map.entry(Fait.INSCRIPTION_SESSION_PROMUE, Modele.INSCRIPTION_PROMUE),
            Map.entry(Fait.INSCRIPTION_SESSION_ANNULEE, Modele.INSCRIPTION_ANNULEE)));

    private ModelesParFait() {
    }

    public static Optional<Modele> pour(Fait fait) {
        return Optional.ofNullable(MODELES.get(fait));
    }
}
