package fr.gouv.ptce.candidature.structure;

import java.util.List;

/** Whether a structure may apply to phase 2 now, and why (or why not). */
public record EligibilitePhase2(String siret, boolean eligible, List<String> motifs) {
}
