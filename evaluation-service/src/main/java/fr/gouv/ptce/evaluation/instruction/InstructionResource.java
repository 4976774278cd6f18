package fr.gouv.ptce.evaluation.instruction;

import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.evaluation.domain.StatutInstruction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The instructeur's API; the id in paths is the candidature's id. */
@Path("/api/v1/instructions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Instruction")
public class InstructionResource {

    @Inject
    InstructionService service;

    @GET
    @RolesAllowed({Roles.INSTRUCTEUR, Roles.COMITE})
    @Operation(summary = "Dossiers reçus (rôles : instructeur, comite)",
            description = "Par ordre de dépôt ; filtres campagne et statut ; pagination par curseur opaque.")
    @APIResponse(responseCode = "200", description = "Une page de dossiers")
    @APIResponse(responseCode = "400", description = "Filtre, taille ou curseur invalide")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    public Page<InstructionVues.Resume> lister(@QueryParam("campagne") UUID campagne,
                                               @QueryParam("statut") StatutInstruction statut,
                                               @QueryParam("curseur") @Size(max = 500) String curseur,
                                               @QueryParam("taille") @Parameter(description = "Taille de page, de 1 à 100 (20 par défaut)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100")) Integer taille) {
        return service.lister(campagne, statut, curseur,
                Page.taille(taille));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.INSTRUCTEUR, Roles.COMITE})
    @Operation(summary = "Un dossier, sa candidature déposée, ses évaluateurs et son historique (rôles : instructeur, comite)")
    @APIResponse(responseCode = "200", description = "Le dossier")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Dossier inconnu")
    public InstructionVues.Detail detail(@PathParam("id") UUID id) {
        return service.detail(id);
    }

    @POST
    @Path("{id}/prise-en-charge")
    @RolesAllowed(Roles.INSTRUCTEUR)
    @Operation(summary = "Prendre un dossier en instruction (rôle : instructeur) ; émet instruction.demarree")
    @APIResponse(responseCode = "200", description = "Dossier EN_INSTRUCTION")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Dossier inconnu")
    @APIResponse(responseCode = "409", description = "Statut du dossier incompatible (nommé dans la réponse)")
    public InstructionVues.Detail prendreEnCharge(@PathParam("id") UUID id) {
        return service.prendreEnCharge(id);
    }

    @POST
    @Path("{id}/corrections")
    @RolesAllowed(Roles.INSTRUCTEUR)
    @Operation(summary = "Renvoyer le dossier au porteur pour corrections (rôle : instructeur) ; émet corrections.demandees")
    @APIResponse(responseCode = "200", description = "Dossier CORRECTIONS_DEMANDEES")
    @APIResponse(responseCode = "400", description = "Motif manquant")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Dossier inconnu")
    @APIResponse(responseCode = "409", description = "Statut du dossier incompatible (nommé dans la réponse)")
    public InstructionVues.Detail corrections(@PathParam("id") UUID id,
                                              @Valid @NotNull InstructionDemandes.Corrections demande) {
        return service.demanderCorrections(id, demande.motif().strip());
    }

    @POST
    @Path("{id}/recevabilite")
    @RolesAllowed(Roles.INSTRUCTEUR)
    @Operation(summary = "Déclarer le dossier recevable ou irrecevable (rôle : instructeur)",
            description = "Émet candidature.recevable ou candidature.irrecevable ; la motivation est obligatoire "
                    + "pour une irrecevabilité.")
    @APIResponse(responseCode = "200", description = "Dossier RECEVABLE ou IRRECEVABLE")
    @APIResponse(responseCode = "400", description = "Champ manquant (recevable, motivation)")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Dossier inconnu")
    @APIResponse(responseCode = "409", description = "Statut du dossier incompatible (nommé dans la réponse)")
    public InstructionVues.Detail recevabilite(@PathParam("id") UUID id,
                                               @Valid @NotNull InstructionDemandes.Recevabilite demande) {
        return service.statuerRecevabilite(id, demande.recevable(), demande.motivation());
    }
}
