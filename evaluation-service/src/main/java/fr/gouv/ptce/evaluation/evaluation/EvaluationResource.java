package fr.gouv.ptce.evaluation.evaluation;

import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.evaluation.domain.StatutAffectation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The evaluator's API: only its own assignments (anyone else's answers 404). */
@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EVALUATEUR)
@Tag(name = "Évaluation")
public class EvaluationResource {

    @Inject
    EvaluationService service;

    @GET
    @Operation(summary = "Mes affectations (rôle : evaluateur, les siennes seulement)",
            description = "Avant la déclaration d'intérêts, seuls la structure et ses membres sont montrés.")
    @APIResponse(responseCode = "200", description = "Une page d'affectations")
    @APIResponse(responseCode = "400", description = "Filtre, taille ou curseur invalide")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    public Page<EvaluationVues.Resume> mesEvaluations(@QueryParam("statut") StatutAffectation statut,
                                                      @QueryParam("curseur") @Size(max = 500) String curseur,
                                                      @QueryParam("taille") @Parameter(description = "Taille de page, de 1 à 100 (20 par défaut)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100")) Integer taille) {
        return service.mesEvaluations(statut, curseur,
                Page.taille(taille));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Le dossier à évaluer, la grille et mes notes (rôle : evaluateur, après déclaration sans conflit)")
    @APIResponse(responseCode = "200", description = "L'évaluation et le dossier")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant, ou déclaration d'intérêts pas faite / conflit déclaré")
    @APIResponse(responseCode = "404", description = "Pas une de mes affectations")
    public EvaluationVues.Detail detail(@PathParam("id") UUID id) {
        return service.detail(id);
    }

    @POST
    @Path("{id}/declaration-interets")
    @Operation(summary = "Déclarer ses intérêts (rôle : evaluateur) ; un conflit met fin à l'affectation")
    @APIResponse(responseCode = "200", description = "Déclaration enregistrée")
    @APIResponse(responseCode = "400", description = "conflit manquant")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Pas une de mes affectations")
    @APIResponse(responseCode = "409", description = "Déclaration déjà faite (statut nommé)")
    public EvaluationVues.Declaration declarer(@PathParam("id") UUID id,
                                               @Valid @NotNull EvaluationDemandes.DeclarationInterets demande) {
        return service.declarer(id, demande.conflit(), demande.precision());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Enregistrer mes notes (0 à 5 par demi-point) et mon avis (rôle : evaluateur, sans conflit)")
    @APIResponse(responseCode = "200", description = "Notes enregistrées (brouillon)")
    @APIResponse(responseCode = "400", description = "Note hors bornes, critère inconnu : champ nommé")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Pas une de mes affectations")
    @APIResponse(responseCode = "409", description = "Déclaration pas faite, conflit, évaluation soumise ou dossier clos (statut nommé)")
    @APIResponse(responseCode = "412", description = "If-Match périmé : les notes ont été enregistrées ailleurs depuis la lecture (relire, puis refaire)")
    public EvaluationVues.Detail noter(@PathParam("id") UUID id,
                                       @HeaderParam("If-Match") @Size(max = 200) @Parameter(description = "L'ETag de l'évaluation lue (GET) : l'enregistrement n'est fait que sur cette version") String ifMatch,
                                       @Valid @NotNull EvaluationDemandes.Notation notation) {
        return service.noter(id, notation, ifMatch);
    }

    @POST
    @Path("{id}/soumission")
    @Operation(summary = "Soumettre mon évaluation, une seule fois (rôle : evaluateur)")
    @APIResponse(responseCode = "200", description = "Évaluation soumise, total pondéré calculé")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Pas une de mes affectations")
    @APIResponse(responseCode = "409", description = "Déjà soumise, déclaration pas faite ou conflit (statut nommé)")
    @APIResponse(responseCode = "422", description = "Critères sans note ou sans commentaire (listés)")
    public EvaluationVues.Detail soumettre(@PathParam("id") UUID id) {
        return service.soumettre(id);
    }
}
