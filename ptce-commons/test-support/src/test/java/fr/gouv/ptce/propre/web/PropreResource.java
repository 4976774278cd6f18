package fr.gouv.ptce.propre.web;

import fr.gouv.ptce.propre.service.PropreService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Fixture of ArchitectureRulesTest: a resource the rules accept (it calls a service, which owns the
 * transaction). Excluded from the Quarkus application of this module's own tests.
 */
@Path("/fixture-architecture-propre")
public class PropreResource {

    PropreService service;

    @GET
    public String lire() {
        return service.lire();
    }
}
