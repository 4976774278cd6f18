package fr.gouv.ptce.events;

/** Valeurs de StatutInscription dans les schémas du catalogue. */
public enum StatutInscription {
    INSCRIT, EN_ATTENTE
}
