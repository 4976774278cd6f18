package fr.gouv.ptce.evaluation.decision;

import fr.gouv.ptce.commons.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The end of a phase-2 selection: nobody stays on the waiting list without being told. */
@Path("/api/v1/campagnes/{campagneId}/cloture-selection")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COMITE)
@Tag(name = "Décisions du comité")
public class ClotureSelectionResource {

    @Inject
    DecisionService service;

    @POST
    @Operation(summary = "Clore la sélection d'une campagne de phase 2 (rôle : comite)",
            description = "Chaque dossier encore en liste d'attente devient NON_RETENU avec la motivation donnée ; "
                    + "chacun émet decision.rendue, et son porteur en est informé par courriel. Une seconde clôture "
                    + "ne trouve plus personne en liste d'attente et ne change rien.")
    @APIResponse(responseCode = "200", description = "Sélection close : les dossiers non retenus par la clôture")
    @APIResponse(responseCode = "409", description = "Campagne de phase 1 (pas de liste d'attente)")
    public DecisionVues.SelectionClose cloturer(@PathParam("campagneId") UUID campagneId,
                                                @Valid @NotNull DecisionDemandes.ClotureSelection demande) {
        return service.cloturerSelection(campagneId, demande.motivation());
    }
}
