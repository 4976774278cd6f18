package fr.gouv.ptce.candidature.domain;

/** An action asked of a file in a status that does not allow it; the current status is named. */
public class TransitionInterditeException extends RuntimeException {

    private final StatutCandidature actuel;

    public TransitionInterditeException(StatutCandidature actuel, String action) {
        super("Impossible de " + action + " : la candidature est au statut " + actuel + ".");
        this.actuel = actuel;
    }

    public StatutCandidature actuel() {
        return actuel;
    }
}
