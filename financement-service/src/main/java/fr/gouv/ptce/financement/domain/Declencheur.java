package fr.gouv.ptce.financement.domain;

/** What, besides its date, an instalment waits for before it becomes payable. */
public enum Declencheur {
    /** The agreement is signed. */
    SIGNATURE,
    /** A named report has been approved by the gestionnaire. */
    RAPPORT_APPROUVE,
    /** Nothing but the date (counted from the signature). */
    DATE
}
