package fr.gouv.ptce.financement.donnees;

import fr.gouv.ptce.financement.convention.ConventionVue;

import java.time.Instant;
import java.util.List;

/** Everything financement-service holds about one porteur (GDPR right of access): its agreements. */
public record MesDonnees(String porteurSub, Instant genereLe, List<Convention> conventions) {

    /** An agreement as its owner reads it (schedule, payments, reports, clawbacks) and its contact's name. */
    public record Convention(ConventionVue convention, String contactNom) {
    }
}
