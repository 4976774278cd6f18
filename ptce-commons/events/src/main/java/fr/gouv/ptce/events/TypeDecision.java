package fr.gouv.ptce.events;

/** Valeurs de TypeDecision dans les schémas du catalogue. */
public enum TypeDecision {
    LAUREAT, LISTE_ATTENTE, NON_RETENU, SANS_SUITE
}
