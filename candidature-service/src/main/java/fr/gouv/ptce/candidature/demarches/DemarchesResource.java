package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A campaign's link to Démarches Simplifiées. Configuring it is the admin's (it holds a secret);
 * running a sync and reading its status are also the instructeur's, who needs the dossiers filed on
 * DS before instructing and should not wait for the schedule.
 */
@Path("/api/v1/campagnes/{id}/demarches-simplifiees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Démarches Simplifiées")
@APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
public class DemarchesResource {

    @Inject
    DemarchesService service;

    @Inject
    SynchroniseurDs synchroniseur;

    @Inject
    CurrentUser user;

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Relie la campagne à une démarche DS : URL de l'API, jeton (jamais renvoyé), numéro, correspondance des champs, report des décisions (rôle admin)")
    @APIResponse(responseCode = "200", description = "Configuration enregistrée (sans le jeton)")
    @APIResponse(responseCode = "400", description = "Champ invalide, nommé dans violations")
    @APIResponse(responseCode = "403", description = "Rôle admin requis")
    @APIResponse(responseCode = "404", description = "Campagne inconnue")
    public ConfigurationDsVue configurer(@PathParam("id") UUID id, @Valid @NotNull ConfigurationDsDemande demande) {
        return service.configurer(id, demande, user.displayName());
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Configuration DS de la campagne, sans le jeton (rôle admin)")
    @APIResponse(responseCode = "200", description = "Configuration ; jetonDefini indique seulement qu'un jeton est enregistré")
    @APIResponse(responseCode = "403", description = "Rôle admin requis")
    @APIResponse(responseCode = "404", description = "Campagne inconnue ou non reliée")
    public ConfigurationDsVue lire(@PathParam("id") UUID id) {
        return service.lire(id);
    }

    @POST
    @Path("/synchronisation")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTEUR})
    @Operation(summary = "Importe maintenant les dossiers DS modifiés depuis la dernière synchronisation (rôles admin, instructeur)")
    @APIResponse(responseCode = "200", description = "Synchronisation terminée : son compte rendu (statut)")
    @APIResponse(responseCode = "403", description = "Rôle admin ou instructeur requis")
    @APIResponse(responseCode = "404", description = "Campagne inconnue ou non reliée")
    @APIResponse(responseCode = "409", description = "Campagne non publiée, ou synchronisation déjà en cours")
    public StatutDsVue synchroniser(@PathParam("id") UUID id) {
        return synchroniseur.synchroniser(id, user.displayName());
    }

    @GET
    @Path("/statut")
    @RolesAllowed({Roles.ADMIN, Roles.INSTRUCTEUR})
    @Operation(summary = "Dernière synchronisation (vus, créés, mis à jour, inchangés, ignorés et pourquoi, dernière erreur), dossiers inéligibles, file des reports (rôles admin, instructeur)")
    @APIResponse(responseCode = "200", description = "Statut du connecteur")
    @APIResponse(responseCode = "403", description = "Rôle admin ou instructeur requis")
    @APIResponse(responseCode = "404", description = "Campagne inconnue")
    public StatutDsVue statut(@PathParam("id") UUID id) {
        return service.statut(id);
    }
}
