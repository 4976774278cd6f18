package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.financement.audit.Audit;
import fr.gouv.ptce.financement.audit.AuditVue;
import fr.gouv.ptce.financement.web.Reponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A clawback's life after its request: collection order issued, recovered, or cancelled. */
@Path("/api/v1/reversements/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reversements")
public class ReversementResource {

    @Inject
    ReversementService service;

    @Inject
    Audit audit;

    @GET
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Un reversement (gestionnaire ; le porteur voit les siens dans sa convention)")
    @APIResponse(responseCode = "200", description = "Le reversement et l'état de son recouvrement")
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    public ReversementVue lire(@PathParam("id") UUID id) {
        return service.lire(id);
    }

    @POST
    @Path("/titre")
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Titre de perception émis (DEMANDE → TITRE_EMIS), avec sa référence comptable unique")
    @APIResponse(responseCode = "200", description = "Titre émis")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    @APIResponse(responseCode = "409", description = "Pas au statut DEMANDE (transition-interdite), ou référence déjà utilisée")
    public ReversementVue emettreTitre(@PathParam("id") UUID id, @Valid @NotNull ConventionDemandes.TitreEmis demande) {
        return service.emettreTitre(id, demande.reference());
    }

    @POST
    @Path("/recouvrement")
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Reversement recouvré (TITRE_EMIS → RECOUVRE) à la date comptable indiquée")
    @APIResponse(responseCode = "200", description = "Reversement recouvré")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    @APIResponse(responseCode = "409", description = "Pas au statut TITRE_EMIS (transition-interdite)")
    public ReversementVue recouvrer(@PathParam("id") UUID id, @Valid @NotNull ConventionDemandes.Recouvrement demande) {
        return service.recouvrer(id, demande.dateRecouvrement());
    }

    @POST
    @Path("/annulation")
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Annulation d'un reversement demandé ou dont le titre est émis (→ ANNULE)")
    @APIResponse(responseCode = "200", description = "Reversement annulé")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    @APIResponse(responseCode = "409", description = "Déjà recouvré ou annulé (transition-interdite)")
    public ReversementVue annuler(@PathParam("id") UUID id, @Valid @NotNull ConventionDemandes.Annulation demande) {
        return service.annuler(id, demande.motif());
    }

    @GET
    @Path("/historique")
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Piste d'audit du reversement (qui, quand, avant, après)")
    @APIResponse(responseCode = "200", description = "Les changements, du plus ancien au plus récent")
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    public List<AuditVue> historique(@PathParam("id") UUID id) {
        service.lire(id);
        return audit.historique("reversement", id);
    }
}
