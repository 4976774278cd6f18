package fr.gouv.ptce.evaluation.donnees;

import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GDPR right of access: the porteur's own data held by evaluation-service. */
@Path("/api/v1/moi/donnees/evaluation")
@Tag(name = "Données personnelles")
public class MesDonneesResource {

    @Inject
    MesDonneesService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Toutes les données qu'evaluation-service détient sur le porteur appelant (droit d'accès)",
            description = "Ses dossiers tels que reçus, leur instruction (étapes et statuts), les décisions et désistements ; "
                    + "ni le nom des agents ni les notes individuelles des évaluateurs.")
    @APIResponse(responseCode = "200", description = "Les données du porteur")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Réservé aux porteurs")
    public MesDonnees lire() {
        return service.lire();
    }
}
