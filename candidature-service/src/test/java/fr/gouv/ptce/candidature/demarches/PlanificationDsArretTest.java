package fr.gouv.ptce.candidature.demarches;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A DS tick under way when the process stops meets closed resources: that is the stop, not a
 * failure to report with a stack trace; the same error while running is still raised.
 */
class PlanificationDsArretTest {

    @Test
    void uneErreurPendantLArretEstTueEtLaMemeEnMarcheRemonte() {
        PlanificationDs planification = new PlanificationDs();
        planification.settings = (DemarchesSettings) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DemarchesSettings.class}, (proxy, method, args) ->
                        "synchronisationPlanifiee".equals(method.getName()) ? Boolean.TRUE : null);
        planification.envoi = new EnvoiEcrituresDs() {
            @Override
            public int envoyer() {
                throw new IllegalStateException("Session/EntityManager is closed");
            }
        };

        assertThrows(IllegalStateException.class, planification::ecrire, "en marche, l'erreur remonte");
        planification.arreter(null);
        assertDoesNotThrow(planification::ecrire, "à l'arrêt, la tâche interrompue n'est pas une erreur");
    }
}
