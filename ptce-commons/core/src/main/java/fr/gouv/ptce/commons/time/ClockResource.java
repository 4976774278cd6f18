package fr.gouv.ptce.commons.time;

import fr.gouv.ptce.commons.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Instant;

/**
 * Lets the system tests and the demo stand on either side of a deadline. Disabled (404) unless
 * {@code ptce.clock.adjustable=true}; even then only an admin may move it.
 */
@Path("/api/v1/horloge")
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    /** Both fields are required: a clock left at an unknown instant, or half-frozen, is never guessed. */
    public record Horloge(@NotNull Instant instant, @NotNull Boolean figee) {
    }

    @Inject
    AdjustableClock clock;

    @Inject
    ClockSettings settings;

    @GET
    @RolesAllowed("admin")
    @Operation(summary = "Heure du service (environnements de test uniquement)")
    public Horloge get() {
        requireEnabled();
        return new Horloge(clock.instant(), false);
    }

    @PUT
    @RolesAllowed("admin")
    @Operation(summary = "Place l'horloge du service à un instant (environnements de test uniquement)")
    public Horloge set(@Valid @NotNull Horloge demande) {
        requireEnabled();
        if (demande.figee()) {
            clock.pinTo(demande.instant());
        } else {
            clock.runFrom(demande.instant());
        }
        return new Horloge(clock.instant(), demande.figee());
    }

    @DELETE
    @RolesAllowed("admin")
    @Operation(summary = "Remet l'horloge du service à l'heure système")
    public Horloge reset() {
        requireEnabled();
        clock.reset();
        return new Horloge(clock.instant(), false);
    }

    private void requireEnabled() {
        if (!settings.adjustable()) {
            throw ProblemException.notFound("Aucune ressource à cette adresse.");
        }
    }
}
