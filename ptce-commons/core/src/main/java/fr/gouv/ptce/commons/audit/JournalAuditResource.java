package fr.gouv.ptce.commons.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.problem.ProblemException;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * Reading and verifying the service's audit journal. The verification IS the command an auditor
 * runs: it walks the whole chain and names the first broken entry.
 */
@Path("/api/v1/journal-audit/{service}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journal d'audit")
@RolesAllowed({Roles.ADMIN, Roles.GESTIONNAIRE})
@APIResponse(responseCode = "401", description = "Jeton absent ou invalide",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Rôle admin ou gestionnaire requis",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "Ce service ne tient pas ce journal",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class JournalAuditResource {

    public record Entree(long sequence, Instant instant, String acteur, String action, String typeAgregat,
                         String idAgregat, JsonNode donnees, String empreintePrecedente, String empreinte) {
    }

    public record Rupture(long sequence, String raison, String detail) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Verification(boolean intact, long entreesVerifiees, Rupture premiereEntreeRompue,
                               String derniereEmpreinte) {
    }

    @Inject
    JournalAudit journal;

    @Inject
    JournalAuditSettings settings;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "ptce")
    String application;

    @GET
    @Operation(summary = "Entrées du journal d'audit, dans l'ordre de la chaîne (pagination par curseur)")
    @APIResponse(responseCode = "200", description = "Une page d'entrées ; curseurSuivant est nul à la dernière")
    @APIResponse(responseCode = "400", description = "Curseur illisible ou taille hors bornes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<Entree> lister(@PathParam("service") @Size(max = 50) String service, @QueryParam("curseur") @Size(max = 500) String curseur,
                       @QueryParam("taille") @Parameter(description = "Entrées par page, de 1 à ptce.journal-audit.taille-max (200 par défaut)",
                               schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200")) Integer taille) {
        exiger(service);
        int limite = taille == null ? settings.tailleParDefaut() : Page.taille(taille, settings.tailleMax());
        List<EntreeJournal> lues = journal.lire(Curseur.sequence(curseur, 0), limite + 1);
        return Page.depuis(lues, limite, this::vue, e -> Curseur.apres(e.sequence()));
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Vérifie toute la chaîne et nomme la première entrée rompue")
    @APIResponse(responseCode = "200", description = "intact, nombre d'entrées vérifiées, première entrée rompue")
    public Verification verifier(@PathParam("service") @Size(max = 50) String service) {
        exiger(service);
        JournalAudit.Verification v = journal.verifier();
        Rupture rupture = v.rupture() == null ? null
                : new Rupture(v.rupture().sequence(), v.rupture().raison().code, v.rupture().detail());
        return new Verification(v.intact(), v.entreesVerifiees(), rupture, v.derniereEmpreinte());
    }

    /** Each service answers for its own journal only; another name is a path it does not serve. */
    private void exiger(String service) {
        String nom = settings.service().orElse(application.replaceFirst("-service$", ""));
        if (!nom.equals(service)) {
            throw ProblemException.notFound("Ce service ne tient pas le journal d'audit « " + service + " ».");
        }
    }

    private Entree vue(EntreeJournal e) {
        JsonNode donnees;
        try {
            donnees = mapper.readTree(e.donnees());
        } catch (JsonProcessingException ex) {
            donnees = mapper.getNodeFactory().textNode(e.donnees()); // shown as stored; verification will flag it
        }
        return new Entree(e.sequence(), e.instant(), e.acteur(), e.action(), e.typeAgregat(), e.idAgregat(), donnees,
                e.empreintePrecedente(), e.empreinte());
    }
}
