package fr.gouv.ptce.commons.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    public enum Couleur { ROUGE, VERT }

    public record Detail(Integer quantite) {
    }

    public record Compteur(@NotNull Integer nombre, Detail detail) {
    }

    @GET
    @Path("/recherche")
    @RolesAllowed("admin")
    public Map<String, Object> rechercher(@QueryParam("taille") @DefaultValue("20") int taille,
            @QueryParam("couleur") Couleur couleur, @QueryParam("depuis") UUID depuis) {
        return Map.of("taille", taille);
    }

    @POST
    @Path("/compteurs")
    @RolesAllowed("admin")
    public Map<String, Object> compter(@Valid @NotNull Compteur compteur) {
        return Map.of("nombre", compteur.nombre());
    }
}
