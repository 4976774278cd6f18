package fr.gouv.ptce.notification.donnees;

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

/** GDPR right of access: the porteur's own data held by notification-service. */
@Path("/api/v1/moi/donnees/notification")
@Tag(name = "Données personnelles")
public class MesDonneesResource {

    @Inject
    MesDonneesService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Toutes les données que notification-service détient sur le porteur appelant (droit d'accès)",
            description = "Les courriels qui lui ont été envoyés (avec leur texte tant qu'il n'est pas purgé, puis la seule "
                    + "preuve d'envoi), ses structures lauréates suivies pour les relances et les rapports attendus.")
    @APIResponse(responseCode = "200", description = "Les données du porteur")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Réservé aux porteurs")
    public MesDonnees lire() {
        return service.lire();
    }
}
