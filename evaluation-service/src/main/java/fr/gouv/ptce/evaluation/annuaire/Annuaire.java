package fr.gouv.ptce.evaluation.annuaire;

import java.util.List;

/**
 * The directory of evaluators: what the service needs of it, apart from where it is kept. Its only
 * implementation reads Keycloak ({@link AnnuaireKeycloak}), in the service's tests too (a real Keycloak
 * started by ptce-commons' TestKeycloak).
 */
public interface Annuaire {

    /** Every user of the realm role {@code evaluateur}, enabled, in no particular order. */
    List<Evaluateur> evaluateurs();
}
