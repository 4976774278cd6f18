package fr.gouv.ptce.financement.campagne;

import fr.gouv.ptce.commons.events.EventJson;
import fr.gouv.ptce.events.EcheanceModele;
import fr.gouv.ptce.events.RapportModele;
import fr.gouv.ptce.financement.domain.Declencheur;
import fr.gouv.ptce.financement.domain.ModeleEcheance;
import fr.gouv.ptce.financement.domain.RapportPrevu;

import java.util.List;

/**
 * A campaign's schedule template and expected reports, as published in {@code campagne.publiee}: the
 * envelope keeps them as the event's JSON, read back here into the domain's terms.
 */
public final class ModeleJson {

    private ModeleJson() {
    }

    public static List<ModeleEcheance> echeancier(List<EcheanceModele> lignes) {
        return lignes == null ? List.of() : lignes.stream().map(l -> new ModeleEcheance(l.ordre(), l.pourcentage(),
                l.montantCentimes(), Declencheur.valueOf(l.declencheur().name()), l.mois(), l.rapport())).toList();
    }

    public static List<RapportPrevu> rapports(List<RapportModele> lignes) {
        return lignes == null ? List.of() : lignes.stream().map(l -> new RapportPrevu(l.type(), l.mois())).toList();
    }

    public static String ecrire(List<?> lignes) {
        return EventJson.write(lignes == null ? List.of() : lignes);
    }

    public static List<ModeleEcheance> echeancier(String json) {
        return echeancier(List.of(EventJson.read(json, EcheanceModele[].class)));
    }

    public static List<RapportPrevu> rapports(String json) {
        return rapports(List.of(EventJson.read(json, RapportModele[].class)));
    }
}
