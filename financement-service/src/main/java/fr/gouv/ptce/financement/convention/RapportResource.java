package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.financement.web.Reponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/rapports/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rapports")
public class RapportResource {

    public record Rejet(@NotBlank @Size(max = 2000) String motif) {
    }

    @Inject
    RapportService service;

    @POST
    @Path("/approbation")
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Approuve un rapport soumis ; l'échéance qui l'attend devient exigible si sa date est venue")
    @APIResponse(responseCode = "200", description = "Rapport approuvé")
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    @APIResponse(responseCode = "409", description = "Rapport non soumis ou déjà décidé, convention plus en cours")
    public RapportVue approuver(@PathParam("id") UUID id) {
        return service.approuver(id);
    }

    @POST
    @Path("/rejet")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Rejette un rapport soumis, avec un motif ; le porteur peut le déposer à nouveau")
    @APIResponse(responseCode = "200", description = "Rapport rejeté")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    @APIResponse(responseCode = "409", description = "Rapport non soumis ou déjà décidé, convention plus en cours")
    public RapportVue rejeter(@PathParam("id") UUID id, @Valid @NotNull Rejet rejet) {
        return service.rejeter(id, rejet.motif());
    }
}
