package fr.gouv.ptce.candidature.candidature;

import jakarta.validation.constraints.Size;

/** Why the porteur withdraws (optional). */
public record RetraitDemande(@Size(max = 2000) String motif) {
}
