package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a deposit and a re-deposit both carry: the whole application as it was sent, so that a
 * consumer copies one or the other the same way. Only {@link #depotLe()} differs in name on the wire.
 */
public sealed interface DepotCandidature permits CandidatureDeposee, CandidatureRedeposee {

    UUID candidatureId();

    String numero();

    String porteurSub();

    String contactEmail();

    UUID campagneId();

    String campagneCode();

    Phase phase();

    Structure structure();

    List<Membre> membres();

    Projet projet();

    Contact contact();

    String territoire();

    /** {@code deposeeLe} or {@code redeposeeLe}. */
    Instant depotLe();
}
