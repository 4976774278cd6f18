package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.page.Page;

import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.financement.audit.Audit;
import fr.gouv.ptce.financement.audit.AuditVue;
import fr.gouv.ptce.financement.domain.StatutConvention;
import fr.gouv.ptce.financement.web.Reponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/conventions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conventions")
public class ConventionResource {

    @Inject
    ConventionService service;

    @Inject
    RapportService rapports;

    @Inject
    ReversementService reversements;

    @Inject
    Audit audit;

    @GET
    @RolesAllowed({Roles.GESTIONNAIRE, Roles.PORTEUR})
    @Operation(summary = "Conventions, avec échéances et rapports (gestionnaire : toutes ; porteur : les siennes)")
    @APIResponse(responseCode = "200", description = "Une page ; curseurSuivant absent sur la dernière")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    public Page<ConventionVue> lister(@QueryParam("campagne") UUID campagne,
                                      @QueryParam("statut") StatutConvention statut,
                                      @QueryParam("curseur") @Size(max = 500) String curseur,
                                      @QueryParam("taille") @Min(1) @Max(100) Integer taille) {
        return service.lister(campagne, statut, curseur, Page.taille(taille));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.GESTIONNAIRE, Roles.PORTEUR})
    @Operation(summary = "Une convention (gestionnaire, ou son porteur)")
    @APIResponse(responseCode = "200", description = "La convention, ses échéances, rapports et reversements ; ETag : sa version, à renvoyer en If-Match avec la signature ou la résiliation")
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    public ConventionVue lire(@PathParam("id") UUID id) {
        return service.lire(id);
    }

    @POST
    @Path("/{id}/signature")
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Signature : fixe le calendrier (24 mois à partir de dateSignature) ; l'échéance de signature devient exigible")
    @APIResponse(responseCode = "200", description = "Convention signée")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    @APIResponse(responseCode = "409", description = "Convention déjà signée, soldée ou résiliée")
    @APIResponse(responseCode = "412", description = Reponses.R412)
    public ConventionVue signer(@PathParam("id") UUID id, @Valid @NotNull ConventionDemandes.Signature demande,
                                @HeaderParam("If-Match") @Size(max = 200) @Parameter(description = Reponses.IF_MATCH) String ifMatch) {
        return service.signer(id, demande.dateSignature(), ifMatch);
    }

    @POST
    @Path("/{id}/rapports")
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Dépôt d'un rapport par le porteur de la convention (type attendu : ACTIVITE_ANNEE_1, FINANCIER_FINAL…)")
    @APIResponse(responseCode = "201", description = "Rapport soumis")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    @APIResponse(responseCode = "409", description = "Convention non signée, ou rapport déjà soumis ou approuvé")
    public Response soumettre(@PathParam("id") UUID id, @Valid @NotNull ConventionDemandes.RapportSoumis demande) {
        RapportVue r = rapports.soumettre(id, demande);
        return Response.status(201).entity(r).build();
    }

    @POST
    @Path("/{id}/resiliation")
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Résiliation : annule les échéances non payées, libère l'enveloppe, enregistre le reversement demandé")
    @APIResponse(responseCode = "200", description = "Convention résiliée")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    @APIResponse(responseCode = "409", description = "Convention déjà soldée ou résiliée")
    @APIResponse(responseCode = "412", description = Reponses.R412)
    public ConventionVue resilier(@PathParam("id") UUID id, @Valid @NotNull ConventionDemandes.Resiliation demande,
                                  @HeaderParam("If-Match") @Size(max = 200) @Parameter(description = Reponses.IF_MATCH) String ifMatch) {
        return service.resilier(id, demande, ifMatch);
    }

    @POST
    @Path("/{id}/reversements")
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Demande de reversement sur une convention signée, soldée ou résiliée (au plus ce qui a été payé, net des reversements déjà demandés)")
    @APIResponse(responseCode = "201", description = "Reversement demandé (statut DEMANDE) ; Location : /api/v1/reversements/{id}")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    @APIResponse(responseCode = "409", description = "Convention non signée (transition-interdite) ou montant au-delà de ce qui peut être reversé (reversement-excedentaire)")
    public Response demanderReversement(@PathParam("id") UUID id,
                                        @Valid @NotNull ConventionDemandes.NouveauReversement demande) {
        ReversementVue r = reversements.demander(id, demande.montant(), demande.motif());
        return Response.status(201).location(java.net.URI.create("/api/v1/reversements/" + r.id())).entity(r).build();
    }

    @GET
    @Path("/{id}/historique")
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Piste d'audit de la convention (qui, quand, avant, après)")
    @APIResponse(responseCode = "200", description = "Les changements, du plus ancien au plus récent")
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    public List<AuditVue> historique(@PathParam("id") UUID id) {
        service.accessible(id);
        return audit.historique("convention", id);
    }
}
