package fr.gouv.ptce.financement.campagne;

import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.financement.web.Reponses;
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

@Path("/api/v1/campagnes/{id}/enveloppe")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enveloppes")
public class EnveloppeResource {

    @Inject
    EnveloppeService service;

    @GET
    @RolesAllowed({Roles.GESTIONNAIRE, Roles.COMITE, Roles.ADMIN})
    @Operation(summary = "Enveloppe d'une campagne de phase 2 : total, engagé, payé, disponible (rôles gestionnaire, comite, admin)")
    @APIResponse(responseCode = "200", description = "L'enveloppe, montants en euros à deux décimales")
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = "Campagne inconnue ou de phase 1")
    public EnveloppeVue lire(@PathParam("id") UUID id) {
        return service.lire(id);
    }
}
