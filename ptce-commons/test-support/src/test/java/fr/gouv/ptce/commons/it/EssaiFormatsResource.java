package fr.gouv.ptce.commons.it;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** Operations that take or give something else than JSON, to check the caller is checked before the formats. */
@Path("/api/v1/essais-formats")
@RolesAllowed("admin")
public class EssaiFormatsResource {

    @POST
    @Path("/{id}/import")
    @Consumes("text/csv")
    @Produces("text/plain")
    public String importer(@PathParam("id") String id, String csv) {
        return "importé " + csv.length();
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    public String exporter() {
        return "a;b\n";
    }

    @GET
    @Path("/moi")
    @Produces("text/plain")
    @Authenticated
    public String moi() {
        return "connu";
    }

    @GET
    @Path("/public.csv")
    @Produces("text/csv")
    @PermitAll
    public String publique() {
        return "a;b\n";
    }
}
