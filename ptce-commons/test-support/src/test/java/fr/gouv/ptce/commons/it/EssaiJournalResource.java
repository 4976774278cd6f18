package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.audit.JournalAudit;
import fr.gouv.ptce.commons.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.util.Map;

/** Records an entry in the test service's audit journal, as a service does next to its effect. */
@Path("/api/v1/essais/journal")
public class EssaiJournalResource {

    public record Demande(@NotBlank String action, @NotBlank String id, @NotNull Long montantCentimes,
                          boolean echouer) {
    }

    @Inject
    JournalAudit journal;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed("admin")
    @Transactional
    public Map<String, Object> noter(@Valid @NotNull Demande demande) {
        var entree = journal.ajouter(user.sub(), demande.action(), "essai", demande.id(),
                Map.of("montantCentimes", demande.montantCentimes(), "motif", "essai é\"\\ <script>"));
        if (demande.echouer()) {
            throw new IllegalStateException("échec après l'écriture : tout doit être annulé");
        }
        return Map.of("sequence", entree.sequence(), "empreinte", entree.empreinte());
    }
}
