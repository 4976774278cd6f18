package fr.gouv.ptce.evaluation.annuaire;

import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.portee.Portee;
import fr.gouv.ptce.commons.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;

/**
 * The evaluators an instructeur may choose from. The directory is small (an evaluator per few dozen
 * files) and cannot be filtered by scope on Keycloak's side, so it is read whole, filtered, sorted
 * by name then id, and cut into pages here; the cursor is the last (id, name) shown.
 */
@ApplicationScoped
public class AnnuaireService {

    private static final Comparator<Evaluateur> ORDRE = Comparator.comparing(Evaluateur::nom, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Evaluateur::sub);

    @Inject
    Annuaire annuaire;

    @Inject
    CurrentUser user;

    /**
     * With a région: the evaluators who may receive a file of that région (its own and the national
     * ones); a région outside the caller's scope gives an empty list, as a list never shows another
     * région's business. Without: every evaluator who may receive one of the caller's files.
     */
    public Page<EvaluateurVue> evaluateurs(String region, String curseur, int taille) {
        Portee appelant = user.portee();
        String r = region == null || region.isBlank() ? null : region.strip();
        if (r != null && !appelant.couvre(r)) {
            return Page.depuis(List.<Evaluateur>of(), taille, EvaluateurVue::de, e -> null);
        }
        List<String> apres = Curseur.decoder(curseur, 2); // (sub, nom): a sub holds no separator, a name may
        List<Evaluateur> lus = annuaire.evaluateurs().stream()
                .filter(e -> r != null ? e.couvre(r) : utilePour(appelant, e.portee()))
                .sorted(ORDRE)
                .filter(e -> apres == null || ORDRE.compare(e, new Evaluateur(apres.get(0), apres.get(1), null, null)) > 0)
                .limit(taille + 1L)
                .toList();
        return Page.depuis(lus, taille, EvaluateurVue::de, e -> Curseur.encoder(e.sub(), e.nom()));
    }

    /**
     * A national evaluator serves every caller with a scope; a regional one, a caller covering one of its
     * régions. A caller without scope (it sees no file) gets nobody.
     */
    static boolean utilePour(Portee appelant, Portee evaluateur) {
        if (!appelant.estNationale() && appelant.regions().isEmpty()) {
            return false;
        }
        if (evaluateur.estNationale()) {
            return true;
        }
        if (appelant.estNationale()) {
            return !evaluateur.regions().isEmpty();
        }
        return evaluateur.regions().stream().anyMatch(appelant::couvre);
    }
}
