package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.StatutCandidature;
import fr.gouv.ptce.commons.idempotence.Idempotence;
import fr.gouv.ptce.commons.idempotence.ReponseEnregistree;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.security.CurrentUser;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/candidatures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidatures")
@APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
@APIResponse(responseCode = "403", description = "Rôle insuffisant")
public class CandidatureResource {

    static final String PDF = "application/pdf";

    @Inject
    CandidatureService service;

    @Inject
    CandidatureRecherche recherche;

    @Inject
    DossierPdf dossierPdf;

    @Inject
    Idempotence idempotence;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Crée un brouillon de candidature (porteur). Seul campagneId est obligatoire ; le reste peut être complété par PUT.")
    @APIResponse(responseCode = "201", description = "Brouillon créé ; en-tête Location",
            content = @Content(schema = @Schema(implementation = CandidatureVue.class)))
    @APIResponse(responseCode = "400", description = "Champ invalide, ou campagne inconnue ou non publiée (champ nommé)")
    @APIResponse(responseCode = "422", description = "Clé d'idempotence déjà utilisée pour une autre opération")
    public Response creer(@Valid @NotNull NouvelleCandidature demande,
                          @HeaderParam(Idempotence.EN_TETE) @Parameter(description = "Rejouer la requête avec la même clé renvoie la première réponse (200 caractères au plus, vérifié par Idempotence)",
                                  schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String cle,
                          @Context UriInfo uri) {
        return idempotence.executer(user.sub(), cle, "POST /api/v1/candidatures", () -> {
            CandidatureVue vue = service.creer(demande);
            URI location = uri.getAbsolutePathBuilder().path(vue.id().toString()).build();
            return new ReponseEnregistree(201, vue, location);
        });
    }

    @GET
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.COMITE, Roles.ADMIN})
    @Operation(summary = "Liste les candidatures, les plus récentes d'abord (porteur : les siennes seulement ; instructeur, comite, admin : toutes)")
    @APIResponse(responseCode = "200", description = "Une page ; curseurSuivant est absent sur la dernière")
    @APIResponse(responseCode = "400", description = "Filtre, curseur ou taille invalide")
    public Page<CandidatureResume> lister(@QueryParam("campagne") UUID campagne,
                                          @QueryParam("statut") StatutCandidature statut,
                                          @QueryParam("region") @Size(max = 100) @Parameter(description = "Nom de la région, ex. Bretagne") String region,
                                          @QueryParam("q") @Size(max = 200) @Parameter(description = "Texte cherché dans le numéro, le SIRET, la raison sociale, le titre, le territoire") String q,
                                          @QueryParam("curseur") @Size(max = 500) String curseur,
                                          @QueryParam("taille") @Min(1) @Max(100) Integer taille) {
        int t = Page.taille(taille);
        return recherche.lister(new CandidatureRecherche.Filtres(campagne, statut,
                texte("region", region), texte("q", q)), curseur, t);
    }

    // PostgreSQL refuses the NUL character in any text: without this check a search containing one ended in a 500.
    private static String texte(String champ, String valeur) {
        if (valeur != null && valeur.indexOf('\0') >= 0) {
            throw fr.gouv.ptce.commons.problem.ProblemException.badRequest(champ, "caractère NUL interdit");
        }
        return valeur;
    }

    // One operation in the OpenAPI document, two formats: both methods carry the same words.
    static final String LIRE = "Lit une candidature avec son numéro, son statut et son historique, en JSON ou en PDF "
            + "(propriétaire, instructeur, comite, admin ; évaluateur habilité sur le dossier jusqu'à la décision)";
    static final String LIRE_DESCRIPTION = "Avec « Accept: application/pdf », le dossier complet à imprimer ou archiver : "
            + "contenu, membres, pièces jointes avec leur empreinte SHA-256, historique des statuts.";
    static final String LIRE_REPONSE = "La candidature (JSON), ou le dossier en PDF avec « Accept: application/pdf »";

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.COMITE, Roles.ADMIN, Roles.EVALUATEUR})
    @Operation(summary = LIRE, description = LIRE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = LIRE_REPONSE)
    @APIResponse(responseCode = "404", description = "Inconnue, ou d'un autre porteur")
    public CandidatureVue lire(@PathParam("id") UUID id) {
        return service.lire(id);
    }

    @GET
    @Path("/{id}")
    @Produces(PDF)
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.COMITE, Roles.ADMIN, Roles.EVALUATEUR})
    @Operation(summary = LIRE, description = LIRE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = LIRE_REPONSE, content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 50_000_000)))
    @APIResponse(responseCode = "404", description = "Inconnue, ou d'un autre porteur")
    public Response lirePdf(@PathParam("id") UUID id) {
        DossierPdf.Fichier f = dossierPdf.pdf(id);
        return Response.ok(f.contenu(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + f.nom() + "\"").build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Remplace le contenu de sa candidature (porteur propriétaire ; statut BROUILLON ou CORRECTIONS_DEMANDEES)")
    @APIResponse(responseCode = "200", description = "Candidature modifiée")
    @APIResponse(responseCode = "400", description = "Champ invalide (nommé)")
    @APIResponse(responseCode = "404", description = "Inconnue, ou d'un autre porteur")
    @APIResponse(responseCode = "409", description = "Statut ne permettant pas la modification (statut actuel nommé)")
    @APIResponse(responseCode = "412", description = "If-Match périmé : la candidature a été modifiée depuis la lecture (relire, puis refaire)")
    public CandidatureVue modifier(@PathParam("id") UUID id,
                                   @HeaderParam("If-Match") @Size(max = 200) @Parameter(description = "L'ETag de la candidature lue (GET) : la modification n'est faite que sur cette version") String ifMatch,
                                   @Valid @NotNull ContenuCandidature contenu) {
        return service.modifier(id, contenu, ifMatch);
    }

    @POST
    @Path("/{id}/depot")
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Dépose sa candidature (porteur propriétaire) : premier dépôt depuis BROUILLON, ou nouveau dépôt après CORRECTIONS_DEMANDEES")
    @APIResponse(responseCode = "200", description = "Candidature DEPOSEE",
            content = @Content(schema = @Schema(implementation = CandidatureVue.class)))
    @APIResponse(responseCode = "404", description = "Inconnue, ou d'un autre porteur")
    @APIResponse(responseCode = "409", description = "Campagne fermée à l'instant du serveur, candidature déjà en cours pour la structure, ou statut ne permettant pas le dépôt")
    @APIResponse(responseCode = "422", description = "Règles d'éligibilité non respectées : toutes sont nommées dans violations")
    public Response deposer(@PathParam("id") UUID id,
                            @HeaderParam(Idempotence.EN_TETE) @Parameter(description = "Rejouer la requête avec la même clé renvoie la première réponse (200 caractères au plus, vérifié par Idempotence)",
                                  schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String cle) {
        return idempotence.executer(user.sub(), cle, "POST /api/v1/candidatures/" + id + "/depot",
                () -> new ReponseEnregistree(200, service.deposer(id), null));
    }

    @POST
    @Path("/{id}/retrait")
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Retire sa candidature avant toute décision définitive (porteur propriétaire)")
    @APIResponse(responseCode = "200", description = "Candidature RETIREE")
    @APIResponse(responseCode = "404", description = "Inconnue, ou d'un autre porteur")
    @APIResponse(responseCode = "409", description = "Statut ne permettant pas le retrait (statut actuel nommé)")
    public CandidatureVue retirer(@PathParam("id") UUID id, @Valid RetraitDemande demande) {
        return service.retirer(id, demande == null ? null : demande.motif());
    }
}
