package fr.gouv.ptce.candidature.donnees;

import java.util.List;
import java.util.UUID;

/** What one run of the purge did: ids and counts only. {@code passee}: another replica held the purge. */
public record BilanPurge(boolean passee, List<UUID> brouillonsSupprimes, int piecesDesBrouillons,
                         List<UUID> candidaturesAnonymisees, int piecesDesAnonymisees) {

    static final BilanPurge PASSEE = new BilanPurge(true, List.of(), 0, List.of(), 0);

    public boolean vide() {
        return brouillonsSupprimes.isEmpty() && candidaturesAnonymisees.isEmpty();
    }
}
