package fr.gouv.ptce.financement.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.util.EnumSet;
import java.util.Set;

/**
 * ATTENDU → SOUMIS → APPROUVE, or REJETE then SOUMIS again once corrected. A termination makes every
 * report not yet approved SANS_OBJET: nobody will file, examine nor remind it any more.
 */
public enum StatutRapport {
    ATTENDU, SOUMIS, APPROUVE, REJETE, SANS_OBJET;

    public Set<StatutRapport> suivants() {
        return switch (this) {
            case ATTENDU, REJETE -> EnumSet.of(SOUMIS, SANS_OBJET);
            case SOUMIS -> EnumSet.of(APPROUVE, REJETE, SANS_OBJET);
            case APPROUVE, SANS_OBJET -> EnumSet.noneOf(StatutRapport.class);
        };
    }

    public StatutRapport vers(StatutRapport cible) {
        if (!suivants().contains(cible)) {
            throw new TransitionInterditeException(this, "rapport au statut " + this + " : passage à " + cible + " impossible");
        }
        return cible;
    }
}
