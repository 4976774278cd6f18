package fr.gouv.ptce.financement.export;

import fr.gouv.ptce.commons.csv.FichierCsv;
import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.financement.web.Reponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/v1/exports")
@Tag(name = "Paiements")
public class ExportResource {

    static final String CSV = FichierCsv.MEDIA_TYPE;

    @Inject
    ExportPaiements export;

    @Inject
    ExportReversements reversements;

    @GET
    @Path("/paiements")
    @Produces(CSV)
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Paiements effectués, en CSV pour la comptabilité de l'État (';', montants à deux décimales)")
    @APIResponse(responseCode = "200", description = "Le fichier CSV (UTF-8, ligne d'en-tête)")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    public Response paiements(@QueryParam("du") LocalDate du, @QueryParam("au") LocalDate au) {
        return Response.ok(export.csv(du, au), CSV)
                .header("Content-Disposition", "attachment; filename=\"paiements-ptce.csv\"").build();
    }

    @GET
    @Path("/reversements")
    @Produces(CSV)
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Reversements (demandés, titres émis, recouvrés, annulés), en CSV pour la comptabilité de l'État")
    @APIResponse(responseCode = "200", description = "Le fichier CSV (UTF-8, ligne d'en-tête) ; du/au filtrent la date de demande")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    public Response reversements(@QueryParam("du") LocalDate du, @QueryParam("au") LocalDate au) {
        return Response.ok(reversements.csv(du, au), CSV)
                .header("Content-Disposition", "attachment; filename=\"reversements-ptce.csv\"").build();
    }
}
