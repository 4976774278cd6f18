package fr.gouv.ptce.benchmarks.reference;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/**
 * The floor the benchmarks compare PTCE's endpoints with: the same Quarkus, the same OIDC settings
 * and Keycloak realm, the same roles check, but no database and no business code. Whatever a PTCE
 * read costs beyond this endpoint is the service's own doing.
 */
@Path("/ref")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    SecurityIdentity identity;

    /** Roughly the size of a small application summary, so both paths serialise similar JSON. */
    public record Reponse(UUID id, String statut, String porteur, String region) {
    }

    @GET
    @Path("/ouvert/{id}")
    @PermitAll
    public Reponse ouvert(@PathParam("id") UUID id) {
        return new Reponse(id, "DEPOSEE", "anonyme", "Bretagne");
    }

    /** Same roles as GET /api/v1/candidatures/{id} in candidature-service. */
    @GET
    @Path("/protege/{id}")
    @RolesAllowed({"porteur", "instructeur", "comite", "admin"})
    public Reponse protege(@PathParam("id") UUID id) {
        return new Reponse(id, "DEPOSEE", identity.getPrincipal().getName(), "Bretagne");
    }
}
