package fr.gouv.ptce.fauxservice.stockage;

import fr.gouv.ptce.fauxservice.ressource.FauxResource;

/** Fixture of ArchitectureRulesTest: the other half of a package cycle. */
public final class FauxStockage {

    public static String table(FauxResource demandeur) {
        return "t_" + demandeur.hashCode();
    }

    private FauxStockage() {
    }
}
