package fr.gouv.ptce.candidature.domain;

/** Themes of the service offer, as the call for projects names the needs of emerging PTCE. */
public enum ThemeOffre {
    MODELE_ECONOMIQUE,
    GOUVERNANCE,
    COOPERATION,
    FINANCEMENT,
    EVALUATION_IMPACT,
    AUTRE
}
