package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.TypePiece;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/candidatures/{id}/pieces")
@Tag(name = "Pièces jointes")
@APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
@APIResponse(responseCode = "403", description = "Rôle insuffisant")
@APIResponse(responseCode = "404", description = "Candidature ou pièce inconnue, ou d'un autre porteur")
public class PieceResource {

    @Inject
    PieceService service;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Joint une pièce à sa candidature (porteur propriétaire, statut BROUILLON ou CORRECTIONS_DEMANDEES)")
    @APIResponse(responseCode = "201", description = "Pièce enregistrée (type reconnu au contenu, SHA-256 calculé)")
    @APIResponse(responseCode = "400", description = "Champ type ou fichier absent ou invalide")
    @APIResponse(responseCode = "409", description = "Statut de la candidature ne permettant plus de modifier les pièces")
    @APIResponse(responseCode = "413", description = "Pièce de plus de 10 Mo ou total de plus de 50 Mo : rien n'est enregistré")
    @APIResponse(responseCode = "415", description = "Contenu d'un type non accepté, ou nom de fichier contredisant le contenu")
    @APIResponse(responseCode = "422", description = "L'antivirus (ClamAV) a détecté un virus, nommé dans la réponse : rien n'est enregistré")
    @APIResponse(responseCode = "503", description = "Analyse antivirus impossible (clamd injoignable) : rien n'est enregistré, réessayer plus tard")
    public Response ajouter(@PathParam("id") UUID id,
                            @RestForm("type") @PartType(MediaType.TEXT_PLAIN)
                            @Schema(required = true, enumeration = {"STATUTS", "BUDGET", "LETTRE_ENGAGEMENT", "AUTRE"}) String typePiece,
                            @RestForm("fichier") @Schema(type = SchemaType.STRING, format = "binary", required = true, maxLength = 10_485_760,
                                    description = "PDF, ODT, DOCX, XLSX, PNG ou JPEG ; 10 Mo au plus ; 50 Mo au plus par candidature")
                            FileUpload fichier,
                            @Context UriInfo uri) {
        TypePiece type = typeDe(typePiece);
        if (fichier == null) {
            throw ProblemException.badRequest("fichier", "fichier obligatoire");
        }
        byte[] contenu;
        try {
            // Read only when the announced size is acceptable: a refused file is never held in memory.
            contenu = fichier.size() > 0 && fichier.size() <= Integer.MAX_VALUE - 8
                    && fichier.size() <= 64L * 1024 * 1024 ? Files.readAllBytes(fichier.uploadedFile()) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PieceVue vue = service.ajouter(id, type, fichier.fileName(), fichier.size(), contenu);
        return Response.created(uri.getAbsolutePathBuilder().path(vue.id().toString()).build()).entity(vue)
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.COMITE, Roles.ADMIN, Roles.EVALUATEUR})
    @Operation(summary = "Liste les pièces d'une candidature (propriétaire, instructeur, comite, admin ; évaluateur habilité jusqu'à la décision)")
    @APIResponse(responseCode = "200", description = "Les pièces, sans leur contenu")
    public List<PieceVue> lister(@PathParam("id") UUID id) {
        return service.lister(id);
    }

    @GET
    @Path("/{pieceId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.COMITE, Roles.ADMIN, Roles.EVALUATEUR})
    @Operation(summary = "Télécharge une pièce (propriétaire, instructeur, comite, admin ; évaluateur habilité jusqu'à la décision)")
    @APIResponse(responseCode = "200", description = "Le fichier, avec son type réel",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response telecharger(@PathParam("id") UUID id, @PathParam("pieceId") UUID pieceId) {
        PieceService.Fichier f = service.telecharger(id, pieceId);
        String nom = URLEncoder.encode(f.nomFichier(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(f.contenu()).type(f.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + nom)
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(f.sha256())))
                .build();
    }

    @DELETE
    @Path("/{pieceId}")
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Retire une pièce de sa candidature (porteur propriétaire, statut BROUILLON ou CORRECTIONS_DEMANDEES)")
    @APIResponse(responseCode = "204", description = "Pièce supprimée")
    @APIResponse(responseCode = "409", description = "Statut de la candidature ne permettant plus de modifier les pièces")
    public void supprimer(@PathParam("id") UUID id, @PathParam("pieceId") UUID pieceId) {
        service.supprimer(id, pieceId);
    }

    private static TypePiece typeDe(String brut) {
        if (brut == null || brut.isBlank()) {
            throw ProblemException.badRequest("type", "type de pièce obligatoire : STATUTS, BUDGET, LETTRE_ENGAGEMENT ou AUTRE");
        }
        try {
            return TypePiece.valueOf(brut.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("type", "type de pièce inconnu : STATUTS, BUDGET, LETTRE_ENGAGEMENT ou AUTRE");
        }
    }
}
