package fr.gouv.ptce.commons.inbox;

/** A letter waits until a replay applies it (or finds it already applied); then it stays replayed. */
public enum StatutLettreMorte {
    EN_ATTENTE,
    REJOUEE
}
