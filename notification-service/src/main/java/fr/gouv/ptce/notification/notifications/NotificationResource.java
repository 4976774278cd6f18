package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationService service;

    @GET
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.ADMIN})
    @Operation(summary = "Notifications envoyées (preuve de notification)",
            description = "Rôles : porteur (les siennes), instructeur, admin (toutes). Du plus récent au plus ancien.")
    @APIResponse(responseCode = "200", description = "Une page de notifications")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (candidature, curseur, taille)")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    public Page<NotificationVue> lister(
            @Parameter(description = "Identifiant de la candidature") @QueryParam("candidature") UUID candidature,
            @Parameter(description = "Curseur de la page suivante") @QueryParam("curseur") @Size(max = 500) String curseur,
            @Parameter(description = "Taille de page (1 à 100, 20 par défaut)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100")) @QueryParam("taille") Integer taille) {
        return service.lister(candidature, Curseur.position(curseur), Page.taille(taille));
    }
}
