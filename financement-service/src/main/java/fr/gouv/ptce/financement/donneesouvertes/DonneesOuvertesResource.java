package fr.gouv.ptce.financement.donneesouvertes;

import fr.gouv.ptce.commons.csv.FichierCsv;
import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.financement.web.Reponses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The grants in open data (décret n° 2017-779: every grant above €23,000 published in the national
 * SCDL « Subventions » format), public; and the money per edition and région for partners and staff.
 */
@Path("/api/v1/opendata")
@Tag(name = "Données ouvertes")
public class DonneesOuvertesResource {

    static final String CSV = FichierCsv.MEDIA_TYPE;

    @Inject
    SubventionsService subventions;

    @Inject
    SubventionsJson json;

    @Inject
    PublicationPublique publication;

    @GET
    @Path("/subventions.csv")
    @Produces(CSV)
    @PermitAll
    @Operation(summary = "Subventions attribuées (conventions signées), au format SCDL « Subventions » : CSV UTF-8, "
            + "séparateur virgule, colonnes et ordre du schéma (public, sans jeton)")
    @APIResponse(responseCode = "200", description = "Le fichier ; ETag et Cache-Control publics")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "429", description = "Trop de requêtes depuis cette adresse ; Retry-After")
    @APIResponse(responseCode = "503", description = "Données ouvertes non configurées (SIRET de l'attribuant)")
    public Response csv(@Context HttpServerRequest requete, @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String siAucun) {
        return publication.servir(requete, siAucun, () -> SubventionsCsv.ecrire(subventions.subventions()), CSV,
                "subventions-ptce.csv");
    }

    @GET
    @Path("/subventions.json")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Les mêmes subventions en JSON : un tableau d'objets aux champs du schéma SCDL (public, sans jeton)")
    @APIResponse(responseCode = "200", description = "Le tableau ; ETag et Cache-Control publics")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "429", description = "Trop de requêtes depuis cette adresse ; Retry-After")
    @APIResponse(responseCode = "503", description = "Données ouvertes non configurées (SIRET de l'attribuant)")
    public Response json(@Context HttpServerRequest requete, @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String siAucun) {
        return publication.servir(requete, siAucun, () -> json.ecrire(subventions.subventions()),
                MediaType.APPLICATION_JSON, null);
    }

    @GET
    @Path("/subventions/statistiques")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTENAIRE, Roles.INSTRUCTEUR, Roles.COMITE, Roles.GESTIONNAIRE, Roles.ADMIN})
    @Operation(summary = "Montants accordés et versés par édition (année d'ouverture de l'appel) et région, "
            + "conventions signées (partenaire, personnel)")
    @APIResponse(responseCode = "200", description = "Une ligne par édition et région")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    public List<StatistiqueFinancement> statistiques(
            @QueryParam("edition") @Min(2000) @Max(2100) @Parameter(description = "Année, ex. 2024") Integer edition,
            @QueryParam("region") @Size(max = 100) @Parameter(description = "Nom de la région, ex. Bretagne") String region) {
        return subventions.statistiques(edition, region == null || region.isBlank() ? null : region.strip());
    }
}
