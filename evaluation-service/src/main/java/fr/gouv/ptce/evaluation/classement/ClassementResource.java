package fr.gouv.ptce.evaluation.classement;

import fr.gouv.ptce.commons.csv.FichierCsv;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/campagnes/{campagneId}/classement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Classement")
public class ClassementResource {

    // One operation in the OpenAPI document, two formats: both methods carry the same words.
    static final String RESUME = "Classement de la campagne, en JSON ou en CSV (rôles : comite, instructeur)";
    static final String DESCRIPTION = "Dossiers ayant au moins deux évaluations soumises, par score pondéré (0–5) décroissant, "
            + "avec l'alerte de divergence entre évaluateurs ; la règle de départage est rendue dans "
            + "« regleDepartage ». Les dossiers pas encore classables sont listés à part. "
            + "Avec « Accept: text/csv », le même classement pour un tableur : UTF-8 avec BOM, séparateur « ; », "
            + "fins de ligne CRLF, score avec une virgule décimale (4,25), texte entre guillemets s'il contient "
            + "« ; », un guillemet ou un saut de ligne, apostrophe devant un texte commençant par = + - @ ; colonnes "
            + "rang;numero;raisonSociale;siret;region;score;evaluations;decision;divergence (oui/non) ; les dossiers "
            + "classés par rang, puis ceux pas encore classables (rang et score vides).";
    static final String REPONSE = "Classement (JSON), ou fichier CSV avec « Accept: text/csv »";

    @Inject
    ClassementService service;

    @Inject
    ExportClassement export;

    @GET
    @RolesAllowed({Roles.COMITE, Roles.INSTRUCTEUR})
    @Operation(summary = RESUME, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = REPONSE)
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Campagne inconnue de ce service")
    public ClassementVues.Classement classement(@PathParam("campagneId") UUID campagneId) {
        return service.classement(campagneId);
    }

    @GET
    @Produces(FichierCsv.MEDIA_TYPE)
    @RolesAllowed({Roles.COMITE, Roles.INSTRUCTEUR})
    @Operation(summary = RESUME, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = REPONSE, content = @Content(mediaType = FichierCsv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000)))
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Campagne inconnue de ce service")
    public Response classementCsv(@PathParam("campagneId") UUID campagneId) {
        ExportClassement.Fichier f = export.csv(campagneId);
        return Response.ok(f.contenu(), FichierCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + f.nom() + "\"").build();
    }
}
