package fr.gouv.ptce.candidature.candidature;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.gouv.ptce.commons.concurrence.Versionnee;

import fr.gouv.ptce.candidature.domain.Phase;
import fr.gouv.ptce.candidature.domain.StatutCandidature;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An application as its owner and the staff read it, with its attachments and full history. */
public record CandidatureVue(UUID id, String numero, UUID campagneId, String campagneCode, Phase phase,
                             StatutCandidature statut, String porteurSub, Structure structure, String territoire,
                             List<ContenuCandidature.Membre> membres, Projet projet, ContenuCandidature.Contact contact,
                             List<PieceVue> pieces, List<Historique> historique, Instant creeeLe, Instant modifieeLe,
                             Instant deposeeLe, @JsonIgnore long version) implements Versionnee {

    public record Structure(String siret, String raisonSociale, String formeJuridique, String libelleFormeJuridique,
                            String adresse, String codeCommune, String commune, String departement, String region) {
    }

    public record Projet(String titre, String description, List<String> secteurs, Integer emploisVises,
                         BigDecimal budget) {
    }

    public record Historique(StatutCandidature ancienStatut, StatutCandidature nouveauStatut, String acteur,
                             Instant instant, String motif) {
    }
}
