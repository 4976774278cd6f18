package fr.gouv.ptce.candidature.offre;

import java.time.Instant;
import java.util.UUID;

public record InscriptionVue(UUID id, UUID offreId, String siret, String statut, Instant inscriteLe, Instant modifieeLe) {

    static InscriptionVue de(Inscription i) {
        return new InscriptionVue(i.id, i.offreId, i.siret, i.statut.name(), i.inscriteLe, i.modifieeLe);
    }
}
