package fr.gouv.ptce.candidature.domain;

import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;

import java.util.EnumSet;
import java.util.Set;

/**
 * A registration for a collective session: seated ({@code INSCRIT}) or waiting for a seat
 * ({@code EN_ATTENTE}) from the start, as {@link Places} decides; a seat freed promotes the first
 * one waiting; the porteur or an admin cancels ({@code ANNULEE}, final).
 */
public enum StatutInscription {
    INSCRIT,
    EN_ATTENTE,
    ANNULEE;

    public Set<StatutInscription> suivants() {
        return switch (this) {
            case INSCRIT -> EnumSet.of(ANNULEE);
            case EN_ATTENTE -> EnumSet.of(INSCRIT, ANNULEE);
            case ANNULEE -> EnumSet.noneOf(StatutInscription.class);
        };
    }

    public StatutInscription vers(StatutInscription cible) {
        if (!suivants().contains(cible)) {
            throw new TransitionInterditeException(this, "inscription au statut " + this + " : passage à " + cible
                    + " impossible");
        }
        return cible;
    }
}
