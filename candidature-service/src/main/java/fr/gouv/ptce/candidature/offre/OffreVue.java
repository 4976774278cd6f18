package fr.gouv.ptce.candidature.offre;

import java.time.Instant;
import java.util.UUID;

/** An offer as shown to everyone; placesRestantes only for a COLLECTIF session. */
public record OffreVue(UUID id, String type, String theme, String titre, String description, Integer heuresParStructure,
                       Instant debut, String lieu, String lien, Integer capacite, Integer placesRestantes) {

    static OffreVue de(Offre o) {
        return new OffreVue(o.id, o.type.name(), o.theme.name(), o.titre, o.description, o.heuresParStructure, o.debut,
                o.lieu, o.lien, o.capacite, o.capacite == null ? null : Math.max(0, o.capacite - o.inscrits));
    }
}
