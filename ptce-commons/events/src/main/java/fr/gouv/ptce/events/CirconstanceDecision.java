package fr.gouv.ptce.events;

/**
 * Valeurs de {@code circonstance} dans decision.rendue : une seconde décision sur un dossier de la
 * liste d'attente (promu lauréat, ou non retenu à la clôture de la sélection).
 */
public enum CirconstanceDecision {
    PROMOTION, CLOTURE_LISTE_ATTENTE
}
