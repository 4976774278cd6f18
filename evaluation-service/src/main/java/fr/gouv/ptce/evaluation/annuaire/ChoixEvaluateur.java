package fr.gouv.ptce.evaluation.annuaire;

import java.util.Collection;
import java.util.Set;
import java.util.Optional;

/**
 * Who may be assigned to a file: a user of the directory holding the role evaluateur, whose scope
 * covers the file's région, and who is neither the file's porteur nor the instructeur assigning it.
 * Plain Java, so that the rule is proven without Keycloak; the caller reads the directory.
 */
public final class ChoixEvaluateur {

    private ChoixEvaluateur() {
    }

    /**
     * @param instructeurs the instructeur assigning, and the one in charge of the file if any
     * @return the evaluator to assign, or the reason (in French, for the field {@code evaluateurSub})
     * it cannot be
     */
    public static Resultat choisir(String sub, Collection<Evaluateur> annuaire, String regionDossier,
                                   String porteurSub, Set<String> instructeurs) {
        if (sub.equals(porteurSub)) {
            return Resultat.refus("le porteur du dossier ne peut pas en être l'évaluateur");
        }
        if (instructeurs.contains(sub)) {
            return Resultat.refus("l'instructeur ne peut pas s'affecter lui-même comme évaluateur");
        }
        Optional<Evaluateur> trouve = annuaire.stream().filter(e -> e.sub().equals(sub)).findFirst();
        if (trouve.isEmpty()) {
            return Resultat.refus("aucun évaluateur de l'annuaire n'a cet identifiant (utilisateur inconnu "
                    + "ou sans le rôle evaluateur) : choisissez-le dans GET /api/v1/evaluateurs");
        }
        if (!trouve.get().couvre(regionDossier)) {
            return Resultat.refus("cet évaluateur (portée : " + trouve.get().portee() + ") ne couvre pas la région "
                    + "du dossier (" + (regionDossier == null ? "non renseignée" : regionDossier) + ")");
        }
        if (trouve.get().email() == null || trouve.get().email().isBlank()) {
            return Resultat.refus("cet évaluateur n'a pas de courriel dans l'annuaire : il ne pourrait pas être prévenu");
        }
        return new Resultat(trouve, null);
    }

    public record Resultat(Optional<Evaluateur> evaluateur, String refus) {

        static Resultat refus(String motif) {
            return new Resultat(Optional.empty(), motif);
        }
    }
}
