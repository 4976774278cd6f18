package fr.gouv.ptce.candidature.domain;

/** Kinds of member of a pole (article 9 of loi n° 2014-856). */
public enum TypeMembre {
    ENTREPRISE_ESS, ENTREPRISE_HORS_ESS, COLLECTIVITE, RECHERCHE, ENSEIGNEMENT_SUPERIEUR, FORMATION, AUTRE;

    /** The "other article-9 actors": neither kind of enterprise. */
    public boolean estAutreActeurArticle9() {
        return this != ENTREPRISE_ESS && this != ENTREPRISE_HORS_ESS;
    }
}
