package fr.gouv.ptce.candidature.config;

import fr.gouv.ptce.candidature.domain.ReferentielTerritorial;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The territorial reference data, read once from the class path. */
public class ReferentielProducer {

    @Produces
    @Singleton
    ReferentielTerritorial referentiel() {
        return ReferentielTerritorial.charger();
    }
}
