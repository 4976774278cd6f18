package fr.gouv.ptce.notification.webhooks;

import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.problem.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * A subscription may name only the types the catalogue opens to partners ({@code x-ptce-partenaire}).
 * The others are known facts, so the request is well formed: 422, one violation per type refused,
 * naming the field ({@code types[i]}) and the type.
 */
final class ControleTypesPartenaires {

    static final String CODE = "type-non-ouvert-aux-partenaires";

    private ControleTypesPartenaires() {
    }

    static void verifier(List<String> types) {
        List<Violation> refuses = new ArrayList<>();
        List<String> noms = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i).strip();
            if (!CataloguePartenaire.ouvert(type)) {
                noms.add(type);
                refuses.add(new Violation("types[" + i + "]", "type d'événement non ouvert aux partenaires : " + type
                        + " (types ouverts : " + String.join(", ", CataloguePartenaire.faits()) + ")"));
            }
        }
        if (!refuses.isEmpty()) {
            throw ProblemException.unprocessable(CODE, "Abonnement refusé : les partenaires ne reçoivent pas "
                    + String.join(", ", noms) + ".", refuses);
        }
    }
}
