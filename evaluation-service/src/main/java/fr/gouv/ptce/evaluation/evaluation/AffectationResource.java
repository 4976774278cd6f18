package fr.gouv.ptce.evaluation.evaluation;

import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.evaluation.instruction.InstructionDemandes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/**
 * The instructeur names the evaluators of a file. Under the instruction's path (the id is the
 * candidature's), but here: assigning creates an evaluation, and the instruction package must not
 * depend on the evaluation package that already depends on it.
 */
@Path("/api/v1/instructions/{id}/evaluateurs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Instruction")
public class AffectationResource {

    @Inject
    EvaluationService evaluations;

    @POST
    @RolesAllowed(Roles.INSTRUCTEUR)
    @Operation(summary = "Affecter un évaluateur de l'annuaire à un dossier recevable (rôle : instructeur)",
            description = "`evaluateurSub` est le `sub` d'un élément de GET /api/v1/evaluateurs : un utilisateur du "
                    + "rôle evaluateur dont la portée couvre la région du dossier (les évaluateurs nationaux couvrent "
                    + "toutes les régions), ni porteur du dossier ni l'instructeur ; son nom et son courriel viennent "
                    + "de l'annuaire (`evaluateurNom` envoyé est ignoré) et il reçoit un courriel avec le lien vers "
                    + "son évaluation. Au moins deux évaluations soumises sont nécessaires au classement ; un "
                    + "évaluateur ne peut être affecté deux fois au même dossier.")
    @APIResponse(responseCode = "201", description = "Affectation créée (Location : l'évaluation)")
    @APIResponse(responseCode = "400", description = "evaluateurSub manquant")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Dossier inconnu")
    @APIResponse(responseCode = "409", description = "Dossier non recevable (statut nommé) ou évaluateur déjà affecté")
    @APIResponse(responseCode = "422", description = "evaluateurSub n'est pas un évaluateur de l'annuaire couvrant la "
            + "région du dossier (inconnu, porteur du dossier, instructeur, autre région, sans courriel)")
    @APIResponse(responseCode = "503", description = "Annuaire (Keycloak) injoignable : réessayer plus tard")
    public Response affecter(@PathParam("id") UUID id,
                             @Valid @NotNull InstructionDemandes.AffectationEvaluateur demande) {
        EvaluationVues.Affectee a = evaluations.affecter(id, demande.evaluateurSub());
        return Response.created(URI.create("/api/v1/evaluations/" + a.id())).entity(a).build();
    }
}
