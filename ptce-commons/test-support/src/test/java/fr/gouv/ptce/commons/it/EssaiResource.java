package fr.gouv.ptce.commons.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.util.List;
import java.util.Map;

/** A tiny API used to check the shared HTTP behaviour: roles, validation, problem details. */
@Path("/api/v1/essais")
public class EssaiResource {

    public record Membre(@NotBlank String nom) {
    }

    public record Demande(@NotBlank String texte, @NotNull @Size(min = 1) List<@Valid Membre> membres) {
    }

    @POST
    @RolesAllowed("admin")
    public Map<String, String> create(@Valid @NotNull Demande demande) {
        if (demande.texte().equals("boum")) {
            throw new IllegalStateException("détail interne à ne jamais montrer");
        }
        return Map.of("texte", demande.texte());
    }
}
