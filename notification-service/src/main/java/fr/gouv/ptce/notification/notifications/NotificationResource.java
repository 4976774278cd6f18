package fr.gouv.ptce.notification.notifications;

import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.UUID;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    static final String PDF = "application/pdf";

    @Inject
    NotificationService service;

    @GET
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.ADMIN})
    @Operation(summary = "Notifications envoyées (preuve de notification)",
            description = "Rôles : porteur (les siennes), instructeur, admin (toutes). Du plus récent au plus ancien.")
    @APIResponse(responseCode = "200", description = "Une page de notifications")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (candidature, curseur, taille)")
    @APIResponse(responseCode = "401", description = "Authentification requise")
    @APIResponse(responseCode = "403", description = "Rôle insuffisant")
    public Page<NotificationVue> lister(
            @Parameter(description = "Identifiant de la candidature") @QueryParam("candidature") UUID candidature,
            @Parameter(description = "Curseur de la page suivante") @QueryParam("curseur") @Size(max = 500) String curseur,
            @Parameter(description = "Taille de page (1 à 100, 20 par défaut)", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100")) @QueryParam("taille") Integer taille) {
        return service.lister(candidature, Curseur.position(curseur), Page.taille(taille));
    }

    @GET
    @Path("/{id}/piece-jointe")
    @Produces(PDF)
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.ADMIN})
    @Operation(operationId = "pieceJointeDeLaNotification", summary = "Document joint à une notification (PDF)",
            description = "Le document tel qu'il a été joint au courriel (l'accusé de réception d'une candidature). "
                    + "Rôles : porteur (les siennes), instructeur, admin. 404 pour une notification sans document "
                    + "ou adressée à un autre porteur.")
    @APIResponse(responseCode = "200", description = "Le document (PDF, A4)", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10_000_000)))
    @APIResponse(responseCode = "404", description = "Aucune notification avec document de cet identifiant parmi les vôtres")
    public Response pieceJointe(@PathParam("id") UUID id) {
        return piece(service.pieceJointe(id));
    }

    @GET
    @Path("/accuses-reception/{candidatureId}")
    @Produces(PDF)
    @RolesAllowed({Roles.PORTEUR, Roles.INSTRUCTEUR, Roles.ADMIN})
    @Operation(operationId = "accuseReceptionDeLaCandidature", summary = "Accusé de réception d'une candidature (PDF)",
            description = "L'accusé de réception adressé au porteur au dépôt de sa candidature (date de réception, "
                    + "service chargé du dossier, effet du silence de l'administration, voies et délais de recours), "
                    + "tel qu'il a été joint au courriel. Rôles : le porteur destinataire, instructeur, admin.")
    @APIResponse(responseCode = "200", description = "L'accusé de réception (PDF, A4)", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10_000_000)))
    @APIResponse(responseCode = "404", description = "Aucun accusé de réception pour cette candidature parmi les vôtres "
            + "(ou pas encore : il est émis au traitement de candidature.deposee)")
    public Response accuseReception(@PathParam("candidatureId") UUID candidatureId) {
        return piece(service.accuseReception(candidatureId));
    }

    private static Response piece(MailRendu.PieceJointe piece) {
        return Response.ok(piece.octets(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + piece.nom() + "\"").build();
    }
}
