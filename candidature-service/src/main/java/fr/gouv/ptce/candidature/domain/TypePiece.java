package fr.gouv.ptce.candidature.domain;

public enum TypePiece {
    STATUTS, BUDGET, LETTRE_ENGAGEMENT, AUTRE
}
