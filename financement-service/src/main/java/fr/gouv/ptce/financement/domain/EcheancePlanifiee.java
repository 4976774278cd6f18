package fr.gouv.ptce.financement.domain;

/** An instalment of one agreement, before signature gives it a date. */
public record EcheancePlanifiee(int ordre, long montantCentimes, Declencheur declencheur, int mois, String rapport) {

    /** The condition as events and screens show it: {@code SIGNATURE}, {@code RAPPORT_APPROUVE:ACTIVITE_ANNEE_1}. */
    public String condition() {
        return declencheur == Declencheur.RAPPORT_APPROUVE ? declencheur.name() + ":" + rapport : declencheur.name();
    }
}
