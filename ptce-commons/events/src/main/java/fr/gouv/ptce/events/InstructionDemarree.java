package fr.gouv.ptce.events;

import java.time.Instant;
import java.util.UUID;

/** Données de instruction.demarree (ptce.instructions) : voir ptce-events/schemas/instruction.demarree.schema.json. */
public record InstructionDemarree(UUID candidatureId,
                                  String numero,
                                  String porteurSub,
                                  String contactEmail,
                                  UUID campagneId,
                                  String instructeur,
                                  Instant demarreeLe) implements Evenement, DossierConcerne {

    @Override
    public Fait eventType() {
        return Fait.INSTRUCTION_DEMARREE;
    }
}
