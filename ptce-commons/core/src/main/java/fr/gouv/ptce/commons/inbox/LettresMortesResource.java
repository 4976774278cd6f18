package fr.gouv.ptce.commons.inbox;

import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * The dead letters of this service and their replay (admin). The same resource in every service:
 * each answers for the events its own consumers set aside.
 */
@Path("/api/v1/admin/lettres-mortes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lettres mortes")
@RolesAllowed(Roles.ADMIN)
public class LettresMortesResource {

    static final int TAILLE_PAR_DEFAUT = 50;
    static final int TAILLE_MAX = 200;

    @Inject
    LettresMortes lettres;

    @Inject
    Rejeux rejeux;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "Événements mis de côté par les consommateurs de ce service, du plus ancien au plus récent")
    @APIResponse(responseCode = "200", description = "Une page de lettres mortes ; curseurSuivant est nul à la dernière")
    public Page<LettreMorte> lister(
            @QueryParam("statut") @Parameter(description = "EN_ATTENTE (à rejouer) ou REJOUEE ; toutes si absent")
            StatutLettreMorte statut,
            @QueryParam("curseur") @Size(max = 500) String curseur,
            @QueryParam("taille") @Min(1) @Max(TAILLE_MAX)
            @Parameter(description = "Lettres par page, de 1 à 200 (50 par défaut)") Integer taille) {
        int limite = taille == null ? TAILLE_PAR_DEFAUT : taille;
        List<LettreMorte> lues = lettres.lister(statut, Curseur.position(curseur), limite + 1);
        return Page.depuis(lues, limite, l -> l, l -> Curseur.apres(l.premierEchec(), l.id()));
    }

    @POST
    @Path("/{id}/rejeu")
    @Operation(summary = "Rejoue l'événement par le même traitement, une fois sa cause corrigée",
            description = "Idempotent : une lettre déjà rejouée est renvoyée telle quelle, sans nouvel effet. "
                    + "Un rejeu qui échoue encore laisse la lettre EN_ATTENTE avec la nouvelle raison et ses tentatives.")
    @APIResponse(responseCode = "200", description = "La lettre après le rejeu : REJOUEE, ou EN_ATTENTE avec la raison du nouvel échec")
    @APIResponse(responseCode = "409", description = "rejeu-impossible : le message n'est venu d'aucun canal que ce service écoute encore",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LettreMorte rejouer(@PathParam("id") UUID id) {
        return rejeux.rejouer(id, user.sub());
    }
}
