package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.StatutCandidature;

import java.time.Instant;
import java.util.UUID;

/** A line of the applications list. */
public record CandidatureResume(UUID id, String numero, UUID campagneId, StatutCandidature statut, String siret,
                                String raisonSociale, String departement, String region, Instant deposeeLe,
                                Instant modifieeLe) {
}
