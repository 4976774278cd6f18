package fr.gouv.ptce.candidature.offre;

import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/offres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offre de services")
public class OffreResource {

    @Inject
    OffreService service;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publie une offre : INDIVIDUEL (heuresParStructure) ou COLLECTIF (debut, capacite, lieu ou lien) (admin)")
    @APIResponse(responseCode = "201", description = "Offre publiée")
    @APIResponse(responseCode = "400", description = "Champ manquant ou invalide (champ nommé)")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle admin requis")
    public Response publier(@Valid @NotNull NouvelleOffre offre) {
        return Response.status(201).entity(service.publier(offre)).build();
    }

    @GET
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.EVALUATEUR, Roles.COMITE, Roles.GESTIONNAIRE, Roles.ADMIN,
            Roles.PARTENAIRE})
    @Operation(summary = "Liste les offres publiées, avec les places restantes des sessions (tout rôle authentifié)")
    @APIResponse(responseCode = "200", description = "Une page ; curseurSuivant est absent sur la dernière")
    @APIResponse(responseCode = "400", description = "Curseur ou taille invalide")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    public Page<OffreVue> lister(@QueryParam("curseur") @Size(max = 500) String curseur, @QueryParam("taille") @Min(1) @Max(100) Integer taille) {
        int t = Page.taille(taille);
        return service.lister(curseur, t);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.EVALUATEUR, Roles.COMITE, Roles.GESTIONNAIRE, Roles.ADMIN,
            Roles.PARTENAIRE})
    @Operation(summary = "Une offre (tout rôle authentifié)")
    @APIResponse(responseCode = "200", description = "L'offre")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "404", description = "Offre inconnue")
    public OffreVue lire(@PathParam("id") UUID id) {
        return service.lire(id);
    }

    @POST
    @Path("/{id}/inscriptions")
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Inscrit une structure lauréate de phase 1 du porteur à une session COLLECTIF : INSCRIT, ou "
            + "EN_ATTENTE quand la session est complète (porteur de la candidature lauréate)")
    @APIResponse(responseCode = "201", description = "Inscription enregistrée (statut INSCRIT ou EN_ATTENTE)")
    @APIResponse(responseCode = "400", description = "SIRET mal formé (champ nommé)")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Structure du porteur non lauréate de phase 1 (motif donné)")
    @APIResponse(responseCode = "404", description = "Offre inconnue, ou structure absente des candidatures du porteur")
    @APIResponse(responseCode = "409", description = "Structure déjà inscrite, ou offre individuelle")
    public Response inscrire(@PathParam("id") UUID id, @Valid @NotNull DemandeInscription demande) {
        return Response.status(201).entity(service.inscrire(id, demande.siret(), user.sub())).build();
    }

    @GET
    @Path("/{id}/inscriptions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Inscriptions à une session, par ordre d'arrivée (admin)")
    @APIResponse(responseCode = "200", description = "Les inscriptions")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle admin requis")
    @APIResponse(responseCode = "404", description = "Offre inconnue")
    public List<InscriptionVue> inscriptions(@PathParam("id") UUID id) {
        return service.inscriptions(id);
    }

    @DELETE
    @Path("/{id}/inscriptions/{inscriptionId}")
    @RolesAllowed({Roles.PORTEUR, Roles.ADMIN})
    @Operation(summary = "Annule une inscription (son porteur ou l'admin) ; une place libérée revient au premier en attente")
    @APIResponse(responseCode = "200", description = "Inscription annulée")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Inscription inconnue ou d'un autre porteur")
    @APIResponse(responseCode = "409", description = "Déjà annulée")
    public InscriptionVue annuler(@PathParam("id") UUID id, @PathParam("inscriptionId") UUID inscriptionId) {
        return service.annuler(id, inscriptionId, user.sub(), user.hasRole(Roles.ADMIN));
    }

    @POST
    @Path("/{id}/demandes")
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Demande des heures d'accompagnement INDIVIDUEL, décomptées de l'allocation de la structure (porteur de la candidature lauréate)")
    @APIResponse(responseCode = "201", description = "Demande enregistrée, avec les heures restantes")
    @APIResponse(responseCode = "400", description = "Champ invalide (champ nommé)")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Structure du porteur non lauréate de phase 1 (motif donné)")
    @APIResponse(responseCode = "404", description = "Offre inconnue, ou structure absente des candidatures du porteur")
    @APIResponse(responseCode = "409", description = "Allocation dépassée, ou offre collective")
    public Response demander(@PathParam("id") UUID id, @Valid @NotNull NouvelleDemande demande) {
        return Response.status(201).entity(service.demander(id, demande, user.sub())).build();
    }
}
