package fr.gouv.ptce.candidature.offre;

import java.time.Instant;
import java.util.UUID;

/** An individual request, with what remains of the structure's allowance on this offer. */
public record DemandeVue(UUID id, UUID offreId, String siret, int heures, int heuresRestantes, Instant demandeeLe) {
}
