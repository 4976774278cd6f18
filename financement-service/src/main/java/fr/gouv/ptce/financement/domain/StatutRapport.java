package fr.gouv.ptce.financement.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.util.EnumSet;
import java.util.Set;

/** ATTENDU → SOUMIS → APPROUVE, or REJETE then SOUMIS again once corrected. */
public enum StatutRapport {
    ATTENDU, SOUMIS, APPROUVE, REJETE;

    public Set<StatutRapport> suivants() {
        return switch (this) {
            case ATTENDU, REJETE -> EnumSet.of(SOUMIS);
            case SOUMIS -> EnumSet.of(APPROUVE, REJETE);
            case APPROUVE -> EnumSet.noneOf(StatutRapport.class);
        };
    }

    public StatutRapport vers(StatutRapport cible) {
        if (!suivants().contains(cible)) {
            throw new TransitionInterditeException(this, "rapport au statut " + this + " : passage à " + cible + " impossible");
        }
        return cible;
    }
}
