package fr.gouv.ptce.commons.inbox;

import java.util.UUID;

/**
 * Metadata of a message rebuilt from a dead letter: the inbox then updates that letter instead of
 * setting a new one aside, and does not send it to the dead-letter topic again.
 */
record Rejeu(UUID lettre, String acteur) {
}
