package fr.gouv.ptce.candidature.structure;

import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/structures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Structures")
public class StructureResource {

    @Inject
    StructureService service;

    @Inject
    CurrentUser user;

    @GET
    @Path("/{siret}/eligibilite")
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.EVALUATEUR, Roles.COMITE, Roles.GESTIONNAIRE, Roles.ADMIN,
            Roles.PARTENAIRE})
    @Operation(summary = "Éligibilité d'une structure à la phase 2, avec ses motifs (porteur de la structure, personnel, partenaire)")
    @APIResponse(responseCode = "200", description = "Éligibilité et motifs")
    @APIResponse(responseCode = "400", description = "SIRET mal formé")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Structure d'un autre porteur")
    public EligibilitePhase2 eligibilite(@PathParam("siret") @Size(max = 14) @Pattern(regexp = "[0-9]{14}", message = "14 chiffres") String siret) {
        boolean porteurSeulement = user.isPorteurOnly() && !user.hasRole(Roles.PARTENAIRE);
        if (porteurSeulement && !service.porteurConnaitStructure(user.sub(), siret)) {
            throw ProblemException.notFound("Aucune structure " + siret + " parmi vos candidatures.");
        }
        return service.eligibilite(siret);
    }
}
