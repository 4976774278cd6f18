package fr.gouv.ptce.commons.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.util.List;
import java.util.Map;

/** HTTP entry of the test service, so that a caller's traceparent reaches the events it causes. */
@Path("/api/v1/essais/evenements")
public class EssaiEvenementsResource {

    public record Demande(@NotBlank String cle, @NotEmpty List<@NotBlank String> textes) {
    }

    @Inject
    EssaiEvenementsService service;

    @POST
    @RolesAllowed("admin")
    public Map<String, Long> ecrire(@Valid Demande demande) {
        return Map.of("noteId", service.ecrire("ptce.essai", demande.cle(), demande.textes(), 0, false));
    }
}
