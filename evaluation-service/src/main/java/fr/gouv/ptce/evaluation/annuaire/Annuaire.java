package fr.gouv.ptce.evaluation.annuaire;

import java.util.List;

/**
 * The directory of evaluators. Its only implementation reads Keycloak ({@link AnnuaireKeycloak}); the
 * interface lets the service's own tests (which run without Keycloak) give a fixed directory, while the
 * system tests prove the real one.
 */
public interface Annuaire {

    /** Every user of the realm role {@code evaluateur}, enabled, in no particular order. */
    List<Evaluateur> evaluateurs();
}
