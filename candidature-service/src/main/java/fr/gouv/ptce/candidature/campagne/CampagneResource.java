package fr.gouv.ptce.candidature.campagne;

import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/campagnes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campagnes")
@APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
public class CampagneResource {

    @Inject
    CampagneService service;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Crée une campagne (rôle admin)")
    @APIResponse(responseCode = "201", description = "Campagne créée (non publiée)")
    @APIResponse(responseCode = "400", description = "Paramètres invalides ; chaque champ fautif est nommé")
    @APIResponse(responseCode = "403", description = "Rôle admin requis")
    @APIResponse(responseCode = "409", description = "Code déjà utilisé")
    public Response creer(@Valid @NotNull CampagneDemande demande, @Context UriInfo uri) {
        CampagneVue vue = service.creer(demande, user.displayName());
        return Response.created(uri.getAbsolutePathBuilder().path(vue.id().toString()).build()).entity(vue).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Modifie une campagne tant qu'elle n'est pas publiée (rôle admin)")
    @APIResponse(responseCode = "200", description = "Campagne modifiée")
    @APIResponse(responseCode = "400", description = "Paramètres invalides")
    @APIResponse(responseCode = "403", description = "Rôle admin requis")
    @APIResponse(responseCode = "404", description = "Campagne inconnue")
    @APIResponse(responseCode = "409", description = "Campagne déjà publiée")
    @APIResponse(responseCode = "412", description = "If-Match périmé : la campagne a été modifiée depuis la lecture (relire, puis refaire)")
    @APIResponse(responseCode = "428", description = "If-Match absent : envoyer l'ETag lu par GET")
    public CampagneVue modifier(@PathParam("id") UUID id,
                                @HeaderParam("If-Match") @Size(max = 200) @Parameter(description = "L'ETag de la campagne lue (GET) ; obligatoire") String ifMatch,
                                @Valid @NotNull CampagneDemande demande) {
        return service.modifier(id, demande, ifMatch);
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publie une campagne : elle devient immuable et l'événement campagne.publiee est émis (rôle admin)")
    @APIResponse(responseCode = "200", description = "Campagne publiée")
    @APIResponse(responseCode = "403", description = "Rôle admin requis")
    @APIResponse(responseCode = "404", description = "Campagne inconnue")
    @APIResponse(responseCode = "409", description = "Campagne déjà publiée")
    public CampagneVue publier(@PathParam("id") UUID id) {
        return service.publier(id);
    }

    @GET
    @Authenticated
    @Operation(summary = "Liste les campagnes (tout utilisateur authentifié ; seul l'admin voit les non publiées)")
    @APIResponse(responseCode = "200", description = "Une page de campagnes, triées par code")
    @APIResponse(responseCode = "400", description = "Curseur ou taille invalide")
    public fr.gouv.ptce.commons.page.Page<CampagneVue> lister(@QueryParam("curseur") @Size(max = 500) String curseur,
                                                                @QueryParam("taille") @Min(1) @Max(100) Integer taille) {
        int t = Page.taille(taille);
        return service.lister(curseur, t, user.hasRole(Roles.ADMIN));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Lit une campagne, avec « ouverte » calculé à l'instant du serveur (tout utilisateur authentifié)")
    @APIResponse(responseCode = "200", description = "La campagne")
    @APIResponse(responseCode = "404", description = "Campagne inconnue (ou non publiée pour un non-admin)")
    public CampagneVue lire(@PathParam("id") UUID id) {
        return service.lire(id, user.hasRole(Roles.ADMIN));
    }
}
