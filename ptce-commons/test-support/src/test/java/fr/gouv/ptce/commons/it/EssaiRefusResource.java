package fr.gouv.ptce.commons.it;

import fr.gouv.ptce.commons.valeurs.RefusMetier;
import fr.gouv.ptce.commons.valeurs.TransitionInterditeException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Test endpoints whose "domain" refuses, in plain Java, as a service's domain code does. */
@Path("/api/v1/essais/refus")
@RolesAllowed("admin")
public class EssaiRefusResource {

    @POST
    @Path("/transition")
    public void transition() {
        throw new TransitionInterditeException("CLOTUREE", "rouvrir", "une campagne close ne rouvre pas");
    }

    @POST
    @Path("/regle")
    public void regle() {
        throw new RefusMetier("enveloppe-depassee", "enveloppe dépassée : 10000000 centimes demandés, 0 disponibles");
    }
}
