package fr.gouv.ptce.fauxservice.ressource;

import fr.gouv.ptce.fauxservice.stockage.FauxStockage;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Fixture of ArchitectureRulesTest, breaking three rules: a resource that opens a transaction, uses
 * the database itself, and sits in a package cycle (ressource ↔ stockage). Excluded from the
 * Quarkus application of this module's own tests (quarkus.arc.exclude-types).
 */
@Path("/fixture-architecture-fautive")
public class FauxResource {

    EntityManager em;

    @GET
    @Transactional
    public String lire() {
        return String.valueOf(em) + FauxStockage.table(this);
    }
}
