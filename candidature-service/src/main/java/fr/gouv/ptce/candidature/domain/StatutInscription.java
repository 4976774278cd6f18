package fr.gouv.ptce.candidature.domain;

/** A registration for a collective session: seated, waiting for a seat, or cancelled. */
public enum StatutInscription {
    INSCRIT,
    EN_ATTENTE,
    ANNULEE
}
