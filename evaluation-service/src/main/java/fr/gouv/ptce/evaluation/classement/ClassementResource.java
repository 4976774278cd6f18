package fr.gouv.ptce.evaluation.classement;

import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/campagnes/{campagneId}/classement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Classement")
public class ClassementResource {

    @Inject
    ClassementService service;

    @GET
    @RolesAllowed({Roles.COMITE, Roles.INSTRUCTEUR})
    @Operation(summary = "Classement de la campagne (rôles : comite, instructeur)",
            description = "Dossiers ayant au moins deux évaluations soumises, par score pondéré (0–5) décroissant, "
                    + "avec l'alerte de divergence entre évaluateurs ; la règle de départage est rendue dans "
                    + "« regleDepartage ». Les dossiers pas encore classables sont listés à part.")
    @APIResponse(responseCode = "200", description = "Classement")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Campagne inconnue de ce service")
    public ClassementVues.Classement classement(@PathParam("campagneId") UUID campagneId) {
        return service.classement(campagneId);
    }
}
