package fr.gouv.ptce.candidature.annuaire;

import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Open data. The directory holds only public facts about legal entities (SIRENE data, place,
 * sectors, edition, phase), so it is public; statistics are for partners and the State's staff.
 */
@Path("/api/v1/donnees-ouvertes")
@Tag(name = "Données ouvertes")
public class OpenDataResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    AnnuaireService annuaire;

    @Inject
    StatistiquesService statistiques;

    @GET
    @Path("/annuaire")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Annuaire des PTCE en JSON, champs publics seulement (public, sans jeton)")
    @APIResponse(responseCode = "200", description = "Une page ; curseurSuivant est absent sur la dernière")
    @APIResponse(responseCode = "400", description = "Curseur ou taille invalide (champ nommé)")
    public Page<FicheAnnuaire> annuaire(@QueryParam("region") @Size(max = 100) String region, @QueryParam("departement") @Size(max = 100) String departement,
                                        @QueryParam("secteur") @Size(max = 100) String secteur, @QueryParam("q") @Size(max = 200) String q,
                                        @QueryParam("curseur") @Size(max = 500) String curseur,
                                        @QueryParam("taille") @Min(1) @Max(100) Integer taille) {
        int t = Page.taille(taille);
        return annuaire.lister(new AnnuaireService.Filtres(region, departement, secteur, q), curseur, t);
    }

    @GET
    @Path("/annuaire.csv")
    @Produces(CSV)
    @PermitAll
    @Operation(summary = "Annuaire complet des PTCE en CSV UTF-8 (séparateur « ; », secteurs séparés par « | ») ; colonnes "
            + ExportCsv.ENTETE + " (public, sans jeton)")
    @APIResponse(responseCode = "200", description = "Fichier CSV")
    public Response annuaireCsv() {
        return Response.ok(ExportCsv.ecrire(annuaire.tout()), CSV)
                .header("Content-Disposition", "attachment; filename=\"annuaire-ptce.csv\"").build();
    }

    @GET
    @Path("/statistiques")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTENAIRE, Roles.INSTRUCTEUR, Roles.COMITE, Roles.GESTIONNAIRE, Roles.ADMIN})
    @Operation(summary = "Statistiques par édition (année d'ouverture de l'appel) et région : candidatures reçues par statut, "
            + "PTCE par phase atteinte (partenaire, personnel). Les enveloppes engagées et versées relèvent de financement-service")
    @APIResponse(responseCode = "200", description = "Une ligne par édition et région")
    @APIResponse(responseCode = "400", description = "Édition invalide (champ nommé)")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    public List<Statistiques> statistiques(@QueryParam("edition") @Min(2000) @Max(2100) @Parameter(description = "Année, ex. 2023") Integer edition,
                                           @QueryParam("region") @Size(max = 100) String region) {
        return statistiques.calculer(edition, region == null || region.isBlank() ? null : region.trim());
    }
}
