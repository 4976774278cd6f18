package fr.gouv.ptce.financement.convention;

import fr.gouv.ptce.commons.security.Roles;
import fr.gouv.ptce.financement.web.Reponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/echeances/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Paiements")
public class EcheanceResource {

    /** {@code reference}: the accounting system's reference of the payment, unique. */
    public record Paiement(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]{0,99}",
            message = "1 à 100 caractères : lettres, chiffres, . _ / -") String reference,
                           @NotNull LocalDate datePaiement) {
    }

    @Inject
    PaiementService service;

    @POST
    @Path("/mise-en-paiement")
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Met en paiement une échéance exigible")
    @APIResponse(responseCode = "200", description = "Échéance mise en paiement")
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    @APIResponse(responseCode = "409", description = "Échéance non exigible, ou déjà mise en paiement ou payée")
    public EcheanceVue mettreEnPaiement(@PathParam("id") UUID id) {
        return service.mettreEnPaiement(id);
    }

    @POST
    @Path("/paiement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.GESTIONNAIRE)
    @Operation(summary = "Enregistre le paiement d'une échéance mise en paiement (une seule fois)")
    @APIResponse(responseCode = "200", description = "Échéance payée")
    @APIResponse(responseCode = "400", description = Reponses.R400)
    @APIResponse(responseCode = "401", description = Reponses.R401)
    @APIResponse(responseCode = "403", description = Reponses.R403)
    @APIResponse(responseCode = "404", description = Reponses.R404)
    @APIResponse(responseCode = "409", description = "Déjà payée, non mise en paiement, ou référence déjà utilisée")
    public EcheanceVue payer(@PathParam("id") UUID id, @Valid @NotNull Paiement paiement) {
        return service.payer(id, paiement.reference(), paiement.datePaiement());
    }
}
