package fr.gouv.ptce.evaluation.procesverbal;

import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/campagnes/{campagneId}/proces-verbal")
@Tag(name = "Décisions du comité")
public class ProcesVerbalResource {

    static final String PDF = "application/pdf";

    @Inject
    ProcesVerbalService service;

    @GET
    @Produces(PDF)
    @RolesAllowed(Roles.COMITE)
    @Operation(operationId = "procesVerbalDuComite", summary = "Procès-verbal du comité en PDF (rôle : comite)",
            description = "La campagne (code, libellé, phase, dates), les membres présents tels qu'enregistrés (ceux qui "
                    + "ont enregistré une décision ou un désistement, avec le nom porté par leur jeton), chaque décision "
                    + "avec son rang, son score et sa motivation, les désistements, et l'enveloppe engagée (phase 2 : "
                    + "lauréats × montant par lauréat). Demandé avec « Accept: application/pdf ».")
    @APIResponse(responseCode = "200", description = "Le procès-verbal (PDF, A4)",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 50_000_000)))
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Campagne inconnue de ce service")
    public Response procesVerbal(@PathParam("campagneId") UUID campagneId) {
        return Response.ok(service.pdf(campagneId), PDF)
                .header("Content-Disposition", "attachment; filename=\"proces-verbal-" + campagneId + ".pdf\"").build();
    }
}
