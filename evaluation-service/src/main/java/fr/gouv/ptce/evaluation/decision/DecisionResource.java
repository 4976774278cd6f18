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

@Path("/api/v1/campagnes/{campagneId}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COMITE)
@Tag(name = "Décisions du comité")
public class DecisionResource {

    @Inject
    DecisionService service;

    @POST
    @Operation(summary = "Rendre une décision motivée sur un dossier classé (rôle : comite)",
            description = "Phase 1 : LAUREAT émet laureat.phase1.designe. Phase 2 : au plus maxLaureats lauréats "
                    + "et jamais plus que l'enveloppe (lauréats × montant ≤ enveloppe) ; LAUREAT émet "
                    + "laureat.phase2.selectionne. Une seule décision par dossier, sauf LISTE_ATTENTE → LAUREAT.")
    @APIResponse(responseCode = "200", description = "Décision rendue")
    @APIResponse(responseCode = "400", description = "Champ manquant ou invalide (nommé)")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Campagne ou dossier inconnu")
    @APIResponse(responseCode = "409", description = "Plafond de lauréats atteint, enveloppe dépassée, décision déjà rendue "
            + "ou dossier pas classé (statut nommé)")
    @APIResponse(responseCode = "422", description = "Liste d'attente demandée en phase 1")
    public DecisionVues.DecisionRendue decider(@PathParam("campagneId") UUID campagneId,
                                               @Valid @NotNull DecisionDemandes.NouvelleDecision demande) {
        return service.decider(campagneId, demande.candidatureId(), demande.decision(), demande.motivation());
    }

    @POST
    @Path("promotion")
    @Operation(summary = "Promouvoir le premier dossier de la liste d'attente (rôle : comite)",
            description = "Étape séparée après un désistement dont la convention était signée : une fois la convention "
                    + "résiliée par le gestionnaire, le premier de la liste d'attente devient lauréat (decision.rendue et "
                    + "laureat.phase2.selectionne). 409 convention-non-resiliee tant qu'une convention signée d'un lauréat "
                    + "désisté n'est pas résiliée ; 409 enveloppe-insuffisante quand l'enveloppe, diminuée de ce que "
                    + "gardent ces conventions, ne peut accueillir un lauréat de plus. Rien n'est écrit ni émis en cas de refus.")
    @APIResponse(responseCode = "200", description = "Dossier promu")
    @APIResponse(responseCode = "400", description = "Motivation manquante")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Campagne inconnue")
    @APIResponse(responseCode = "409", description = "Convention non résiliée, enveloppe insuffisante, plafond atteint, "
            + "liste d'attente vide ou campagne de phase 1")
    public DecisionVues.DecisionRendue promouvoir(@PathParam("campagneId") UUID campagneId,
                                                  @Valid @NotNull DecisionDemandes.Promotion demande) {
        return service.promouvoir(campagneId, demande.motivation());
    }

    @POST
    @Path("{candidatureId}/desistement")
    @Operation(summary = "Enregistrer le désistement d'un lauréat de phase 2 (rôle : comite)",
            description = "Émet laureat.phase2.desiste ; avec promouvoir=true, le premier de la liste d'attente "
                    + "devient lauréat (decision.rendue et laureat.phase2.selectionne), si la convention du lauréat "
                    + "désisté n'est pas signée et que l'enveloppe le permet ; sinon 409 (convention-non-resiliee, "
                    + "enveloppe-insuffisante) et rien n'est enregistré : désister sans promouvoir, puis promouvoir "
                    + "(POST …/decisions/promotion) une fois la convention résiliée.")
    @APIResponse(responseCode = "200", description = "Désistement enregistré, dossier promu éventuel")
    @APIResponse(responseCode = "400", description = "Motif manquant")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Campagne ou dossier inconnu")
    @APIResponse(responseCode = "409", description = "Le dossier n'est pas lauréat de phase 2 (statut nommé), ou la "
            + "promotion demandée est impossible (convention-non-resiliee, enveloppe-insuffisante)")
    public DecisionVues.DesistementEnregistre desister(@PathParam("campagneId") UUID campagneId,
                                                      @PathParam("candidatureId") UUID candidatureId,
                                                      @Valid @NotNull DecisionDemandes.NouveauDesistement demande) {
        return service.desister(campagneId, candidatureId, demande.motif(), demande.promouvoir());
    }
}
