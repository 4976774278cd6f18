package fr.gouv.ptce.notification.webhooks;

import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTENAIRE, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "Authentification requise")
@APIResponse(responseCode = "403", description = "Rôle partenaire ou admin requis")
public class WebhookResource {

    @Inject
    WebhookService service;

    @Inject
    RotationSecret rotation;

    @Inject
    RepriseWebhooks reprise;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enregistre un point de terminaison (rôles : partenaire, admin)",
            description = "Les livraisons portent le CloudEvent en JSON, signées selon Standard Webhooks "
                    + "(webhook-id, webhook-timestamp, webhook-signature). Le secret n'est donné qu'ici, une fois.")
    @APIResponse(responseCode = "201", description = "Créé ; le corps contient le secret de signature")
    @APIResponse(responseCode = "400", description = "Adresse refusée (https, adresse publique) ou type inconnu")
    @APIResponse(responseCode = "422", description = "Type du catalogue non ouvert aux partenaires (x-ptce-partenaire), nommé dans types[i]")
    public Response creer(@Valid @NotNull NouveauWebhook demande, @Context UriInfo uri) {
        WebhookVues.WebhookVue cree = service.creer(demande);
        return Response.created(uri.getAbsolutePathBuilder().path(cree.id().toString()).build()).entity(cree).build();
    }

    @GET
    @Operation(summary = "Points de terminaison (partenaire : les siens ; admin : tous)")
    @APIResponse(responseCode = "200", description = "Une page de webhooks, sans secret")
    @APIResponse(responseCode = "400", description = "Curseur ou taille invalide")
    public Page<WebhookVues.WebhookVue> lister(@QueryParam("curseur") @Size(max = 500) String curseur,
                                               @QueryParam("taille") @Parameter(description = "Taille de page, de 1 à 100 (20 par défaut)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100")) Integer taille) {
        return service.lister(Curseur.position(curseur), Page.taille(taille));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Supprime un point de terminaison (partenaire : le sien ; admin)")
    @APIResponse(responseCode = "204", description = "Supprimé")
    @APIResponse(responseCode = "404", description = "Inconnu, ou d'un autre partenaire")
    public void supprimer(@PathParam("id") UUID id) {
        service.supprimer(id);
    }

    @GET
    @Path("/{id}/livraisons")
    @Operation(summary = "Journal des livraisons d'un point de terminaison (partenaire : le sien ; admin)")
    @APIResponse(responseCode = "200", description = "Une page de livraisons, la plus récente d'abord")
    @APIResponse(responseCode = "400", description = "Curseur ou taille invalide")
    @APIResponse(responseCode = "404", description = "Inconnu, ou d'un autre partenaire")
    public Page<WebhookVues.LivraisonVue> livraisons(@PathParam("id") UUID id, @QueryParam("curseur") @Size(max = 500) String curseur,
                                                     @QueryParam("taille") @Parameter(description = "Taille de page, de 1 à 100 (20 par défaut)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100")) Integer taille) {
        return service.livraisons(id, Curseur.position(curseur),
                Page.taille(taille));
    }

    @POST
    @Path("/{id}/rotation")
    @Operation(summary = "Remplace le secret de signature (partenaire : le sien ; admin)",
            description = "Le nouveau secret n'est donné qu'ici, une fois. L'ancien reste valide pendant le chevauchement "
                    + "(24 h par défaut, ancienSecretValideJusquA) : chaque livraison porte alors deux signatures dans "
                    + "webhook-signature, une par secret, séparées par une espace.")
    @APIResponse(responseCode = "200", description = "Le webhook, avec le nouveau secret")
    @APIResponse(responseCode = "404", description = "Inconnu, ou d'un autre partenaire")
    public WebhookVues.WebhookVue rotation(@PathParam("id") UUID id) {
        return rotation.tourner(id);
    }

    @POST
    @Path("/{id}/reactivation")
    @Operation(summary = "Réactive un point de terminaison désactivé après l'échec de tout un cycle de réessais (partenaire : le sien ; admin)",
            description = "Les livraisons closes pendant la désactivation ne repartent pas d'elles-mêmes : rejouez-les une à une.")
    @APIResponse(responseCode = "200", description = "Le webhook, actif")
    @APIResponse(responseCode = "404", description = "Inconnu, ou d'un autre partenaire")
    public WebhookVues.WebhookVue reactivation(@PathParam("id") UUID id) {
        return reprise.reactiver(id);
    }

    @POST
    @Path("/{id}/livraisons/{livraisonId}/rejeu")
    @Operation(summary = "Livre à nouveau une livraison, avec un cycle de réessais neuf (partenaire : le sien ; admin)")
    @APIResponse(responseCode = "202", description = "Remise en file ; le journal des livraisons en dira l'issue")
    @APIResponse(responseCode = "404", description = "Webhook ou livraison inconnus, ou d'un autre partenaire")
    @APIResponse(responseCode = "409", description = "Point de terminaison désactivé, ou contenu de la livraison effacé (conservation)")
    public Response rejeu(@PathParam("id") UUID id, @PathParam("livraisonId") UUID livraisonId) {
        return Response.accepted(reprise.rejouer(id, livraisonId)).build();
    }
}
