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

    @Inject
    ClassementService service;

    @Inject
    ExportClassement export;

    @GET
    @RolesAllowed({Roles.COMITE, Roles.INSTRUCTEUR})
    @Operation(summary = "Classement de la campagne (rôles : comite, instructeur)",
            description = "Dossiers ayant au moins deux évaluations soumises, par score pondéré (0–5) décroissant, "
                    + "avec l'alerte de divergence entre évaluateurs ; la règle de départage est rendue dans "
                    + "« regleDepartage ». Les dossiers pas encore classables sont listés à part.")
    @APIResponse(responseCode = "200", description = "Classement")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    @APIResponse(responseCode = "404", description = "Campagne inconnue de ce service")
    public ClassementVues.Classement classement(@PathParam("campagneId") UUID campagneId) {
        return service.classement(campagneId);
    }

    @GET
    @Produces(FichierCsv.MEDIA_TYPE)
    @RolesAllowed({Roles.COMITE, Roles.INSTRUCTEUR})
    @Operation(summary = "Classement de la campagne en CSV, pour un tableur (rôles : comite, instructeur)",
            description = "Même contenu que le JSON, demandé avec « Accept: text/csv ». UTF-8 avec BOM, séparateur « ; », "
                    + "fins de ligne CRLF, score avec une virgule décimale (4,25), texte entre guillemets s'il contient "
                    + "« ; », « \" » ou un saut de ligne, apostrophe devant un texte commençant par = + - @. Colonnes : "
                    + "rang;numero;raisonSociale;siret;region;score;evaluations;decision;divergence (oui/non). "
                    + "Les dossiers classés par rang, puis ceux pas encore classables (rang et score vides).")
    @APIResponse(responseCode = "200", description = "Le fichier CSV", content = @Content(mediaType = FichierCsv.MEDIA_TYPE,
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
