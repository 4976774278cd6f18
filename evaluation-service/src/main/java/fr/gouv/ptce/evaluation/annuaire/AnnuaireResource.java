package fr.gouv.ptce.evaluation.annuaire;

import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The directory of evaluators (Keycloak), for the instructeur who assigns them. */
@Path("/api/v1/evaluateurs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Instruction")
public class AnnuaireResource {

    @Inject
    AnnuaireService annuaire;

    @GET
    @RolesAllowed(Roles.INSTRUCTEUR)
    @Operation(summary = "Lister les évaluateurs de l'annuaire (rôle : instructeur)",
            description = "Les utilisateurs Keycloak du rôle evaluateur, triés par nom. Avec `region` (son nom, "
                    + "comme dans les listes) : ceux à qui un dossier de cette région peut être affecté, "
                    + "c'est-à-dire ses évaluateurs régionaux et les évaluateurs nationaux ; une région hors de "
                    + "la portée de l'appelant donne une liste vide. Sans `region` : tous les évaluateurs "
                    + "utiles à l'appelant (nationaux, et ceux de ses régions). Le `sub` d'un élément est "
                    + "l'`evaluateurSub` de l'affectation.")
    @APIResponse(responseCode = "200", description = "Une page d'évaluateurs")
    @APIResponse(responseCode = "503", description = "Annuaire (Keycloak) injoignable : réessayer plus tard")
    public Page<EvaluateurVue> lister(
            @Parameter(description = "Nom de la région (ex. Bretagne)")
            @QueryParam("region") @Size(max = 100) String region,
            @QueryParam("curseur") @Size(max = 500) String curseur,
            @QueryParam("taille") @Min(1) @Max(100) Integer taille) {
        return annuaire.evaluateurs(region, curseur, Page.taille(taille));
    }
}
