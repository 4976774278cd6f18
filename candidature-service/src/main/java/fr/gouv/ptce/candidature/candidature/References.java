package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.CategoriesJuridiques;
import fr.gouv.ptce.candidature.domain.ReferentielTerritorial;
import fr.gouv.ptce.candidature.domain.Territoire;
import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure's codes checked against the official reference data when a porteur writes them: a
 * commune code or a catégorie juridique that the references do not know is a format error (400 naming
 * the field), even in a draft. Whether the category is eligible is judged at submission (422).
 */
@ApplicationScoped
public class References {

    @Inject
    ReferentielTerritorial territoire;

    @Inject
    CategoriesJuridiques categories;

    void verifier(ContenuCandidature contenu) {
        ContenuCandidature.Structure s = contenu == null ? null : contenu.structure();
        if (s == null) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        if (renseigne(s.codeCommune()) && territoire.localiser(s.codeCommune().strip()).isEmpty()) {
            violations.add(new Violation("structure.codeCommune", "« " + s.codeCommune() + " » n'est pas le code INSEE "
                    + "d'une commune existante ou fusionnée du code officiel géographique où s'applique l'appel"));
        }
        if (renseigne(s.formeJuridique()) && categories.trouver(s.formeJuridique().strip()).isEmpty()) {
            violations.add(new Violation("structure.formeJuridique", "« " + s.formeJuridique() + " » n'est pas une "
                    + "catégorie juridique de la nomenclature INSEE (niveau III)"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.of(400, "requete-invalide", "Requête invalide",
                    "Un ou plusieurs champs sont invalides.").withViolations(violations));
        }
    }

    String libelleFormeJuridique(String code) {
        return categories.trouver(code).map(CategoriesJuridiques.Categorie::libelle).orElse(null);
    }

    String nomCommune(String code) {
        return territoire.localiser(code).map(Territoire::nomCommune).orElse(null);
    }

    private static boolean renseigne(String s) {
        return s != null && !s.isBlank();
    }
}
