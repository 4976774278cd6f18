package fr.gouv.ptce.events;

/** Valeurs de TypeMembre dans les schémas du catalogue. */
public enum TypeMembre {
    ENTREPRISE_ESS, ENTREPRISE_HORS_ESS, COLLECTIVITE, RECHERCHE, ENSEIGNEMENT_SUPERIEUR, FORMATION, AUTRE
}
