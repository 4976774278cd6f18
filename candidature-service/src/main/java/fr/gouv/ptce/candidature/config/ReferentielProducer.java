package fr.gouv.ptce.candidature.config;

import fr.gouv.ptce.candidature.domain.CategoriesJuridiques;
import fr.gouv.ptce.candidature.domain.ReferentielTerritorial;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The official reference data (territory, catégories juridiques), read once from the class path. */
public class ReferentielProducer {

    @Produces
    @Singleton
    ReferentielTerritorial referentiel() {
        return ReferentielTerritorial.charger();
    }

    @Produces
    @Singleton
    CategoriesJuridiques categoriesJuridiques() {
        return CategoriesJuridiques.charger();
    }
}
