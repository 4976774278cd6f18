package fr.gouv.ptce.evaluation.it;

import fr.gouv.ptce.commons.portee.Portee;
import fr.gouv.ptce.evaluation.annuaire.Annuaire;
import fr.gouv.ptce.evaluation.annuaire.Evaluateur;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The directory this module's tests run with: they start no Keycloak (one would cost a minute of
 * each build), so the evaluators a test assigns are written here first. What it stands for is proven
 * against the platform's real Keycloak and its service account by the system test
 * {@code securite.AnnuaireEvaluateursTest}; here the service's own use of the directory is checked
 * (the 422s, the list's scope and pages, the name and e-mail carried by evaluateur.affecte).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class AnnuaireDesTests implements Annuaire {

    private static final Map<String, Evaluateur> INSCRITS = new ConcurrentHashMap<>();

    /** Writes an evaluator (national unless régions are given) into the directory; idempotent. */
    static void inscrire(String sub, String... regions) {
        Portee portee = regions.length == 0 ? Portee.nationale() : Portee.regions(regions);
        INSCRITS.put(sub, new Evaluateur(sub, "Éval " + sub, sub + "@evaluateurs.test", portee));
    }

    static void inscrire(Evaluateur e) {
        INSCRITS.put(e.sub(), e);
    }

    static void retirer(String sub) {
        INSCRITS.remove(sub);
    }

    @Override
    public List<Evaluateur> evaluateurs() {
        return List.copyOf(INSCRITS.values());
    }
}
