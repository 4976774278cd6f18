package fr.gouv.ptce.candidature.annuaire;

import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

@Path("/api/v1/annuaire")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Annuaire des PTCE")
public class AnnuaireResource {

    @Inject
    AnnuaireService service;

    @GET
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.EVALUATEUR, Roles.COMITE, Roles.GESTIONNAIRE, Roles.ADMIN,
            Roles.PARTENAIRE})
    @Operation(summary = "Annuaire des PTCE (lauréats de phase 1 et liste de l'État), dans l'ordre d'entrée ; tout rôle authentifié")
    @APIResponse(responseCode = "200", description = "Une page ; curseurSuivant est absent sur la dernière")
    @APIResponse(responseCode = "400", description = "Curseur ou taille invalide (champ nommé)")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    public Page<FicheAnnuaire> lister(@QueryParam("region") @Size(max = 100) @Parameter(description = "Nom de la région, ex. Bretagne") String region,
                                      @QueryParam("departement") @Size(max = 100) @Parameter(description = "Code du département, ex. 35, 2A, 974") String departement,
                                      @QueryParam("secteur") @Size(max = 100) @Parameter(description = "Code de secteur, ex. BOIS") String secteur,
                                      @QueryParam("q") @Size(max = 200) @Parameter(description = "Texte cherché (raison sociale, SIRET, commune, secteurs…), sans égard aux accents") String q,
                                      @QueryParam("curseur") @Size(max = 500) String curseur,
                                      @QueryParam("taille") @Min(1) @Max(100) Integer taille) {
        int t = Page.taille(taille);
        return service.lister(new AnnuaireService.Filtres(region, departement, secteur, q), curseur, t);
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Importe la liste des PTCE de l'État (CSV UTF-8, séparateur « ; », en-tête "
            + "siret;raison_sociale;code_commune;commune;secteurs;edition;campagne;phase). Les lignes valides sont "
            + "enregistrées (une réimportation met à jour, par SIRET), les autres rapportées avec leur numéro (admin)")
    @APIResponse(responseCode = "200", description = "Bilan : lignes lues, créées, mises à jour, erreurs par numéro de ligne")
    @APIResponse(responseCode = "400", description = "En-tête inattendu ou fichier qui n'est pas en UTF-8 (champ « fichier »)")
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Rôle admin requis")
    // The body limit of this service (quarkus.http.limits.max-body-size, 11M) bounds the file: 413 beyond.
    public ResultatImport importer(@RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = 11_534_336)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, maxLength = 11_534_336))})
                                   byte[] fichier) {
        return service.importer(utf8(fichier));
    }

    // Strict decoding: a Latin-1 export would otherwise enter the directory with broken accents.
    private static String utf8(byte[] octets) {
        if (octets == null || octets.length == 0) {
            throw ProblemException.badRequest("fichier", "fichier vide");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("fichier", "le fichier doit être encodé en UTF-8");
        }
    }
}
