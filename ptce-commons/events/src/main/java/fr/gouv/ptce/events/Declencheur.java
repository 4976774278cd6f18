package fr.gouv.ptce.events;

/** Valeurs de Declencheur dans les schémas du catalogue. */
public enum Declencheur {
    SIGNATURE, RAPPORT_APPROUVE, DATE
}
