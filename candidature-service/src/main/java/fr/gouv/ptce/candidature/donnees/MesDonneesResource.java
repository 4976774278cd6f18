package fr.gouv.ptce.candidature.donnees;

import fr.gouv.ptce.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GDPR right of access: the porteur's own data held by candidature-service, in one archive. */
@Path("/api/v1/moi/donnees/candidature")
@Tag(name = "Données personnelles")
public class MesDonneesResource {

    static final String ZIP = "application/zip";

    @Inject
    ArchiveMesDonnees archive;

    @GET
    @Produces(ZIP)
    @RolesAllowed(Roles.PORTEUR)
    @Operation(summary = "Toutes les données que candidature-service détient sur le porteur appelant (droit d'accès)",
            description = "Une archive ZIP : donnees.json (candidatures avec leur historique, inscriptions et demandes "
                    + "d'accompagnement, structures lauréates) et chaque pièce jointe sous pieces/<candidature>/. "
                    + "Les autres services répondent sous /api/v1/moi/donnees/{evaluation,financement,notification}.")
    @APIResponse(responseCode = "200", description = "L'archive du porteur (vide de candidatures s'il n'en a pas)",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", description = "Jeton absent ou invalide")
    @APIResponse(responseCode = "403", description = "Réservé aux porteurs : un agent n'a pas de données de porteur ici")
    public Response lire() {
        return Response.ok(archive.archive(), ZIP)
                .header("Content-Disposition", "attachment; filename=\"mes-donnees-candidature.zip\"")
                .header("Cache-Control", "no-store").build();
    }
}
