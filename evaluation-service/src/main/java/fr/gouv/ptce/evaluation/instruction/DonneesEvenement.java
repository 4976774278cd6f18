package fr.gouv.ptce.evaluation.instruction;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields every event about a file carries (catalogue): candidatureId, numero, porteurSub,
 * contactEmail, campagneId — so that notification-service can write to the porteur without asking.
 */
public final class DonneesEvenement {

    private DonneesEvenement() {
    }

    public static Map<String, Object> dossier(Instruction d) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("candidatureId", d.candidatureId.toString());
        data.put("numero", d.numero);
        data.put("porteurSub", d.porteurSub);
        data.put("contactEmail", d.contactEmail);
        data.put("campagneId", d.campagneId.toString());
        return data;
    }
}
