package fr.gouv.ptce.candidature.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an application. Which transitions exist is written once here; every caller (the
 * porteur's actions and the events of the other services) asks before it moves a file.
 */
public enum StatutCandidature {
    BROUILLON, DEPOSEE, EN_INSTRUCTION, CORRECTIONS_DEMANDEES, LISTE_ATTENTE, ACCEPTEE, REFUSEE, SANS_SUITE, RETIREE;

    /** Statuses in which the porteur may still change the content (and its attachments). */
    public static final Set<StatutCandidature> MODIFIABLES = EnumSet.of(BROUILLON, CORRECTIONS_DEMANDEES);

    /**
     * A "live" application occupies its structure's single place in a campaign; a draft does not
     * (a structure may try several drafts), nor a closed file.
     */
    public static final Set<StatutCandidature> VIVANTES = EnumSet.of(DEPOSEE, EN_INSTRUCTION, CORRECTIONS_DEMANDEES,
            LISTE_ATTENTE, ACCEPTEE);

    /** The porteur may withdraw until a final decision; a file on the waiting list may still leave it. */
    public static final Set<StatutCandidature> RETIRABLES = EnumSet.of(BROUILLON, DEPOSEE, EN_INSTRUCTION,
            CORRECTIONS_DEMANDEES, LISTE_ATTENTE);

    /** Statuses a committee decision may apply to. */
    public static final Set<StatutCandidature> DECIDABLES = EnumSet.of(DEPOSEE, EN_INSTRUCTION, CORRECTIONS_DEMANDEES,
            LISTE_ATTENTE);

    /** Statuses an instructeur may declare inadmissible or send back for corrections. */
    public static final Set<StatutCandidature> INSTRUISABLES = EnumSet.of(DEPOSEE, EN_INSTRUCTION);

    /** An evaluator cleared on a file reads it until the committee decides (waiting list included). */
    public static final Set<StatutCandidature> AVANT_DECISION = EnumSet.of(DEPOSEE, EN_INSTRUCTION, CORRECTIONS_DEMANDEES);

    public boolean estFinal() {
        return this == ACCEPTEE || this == REFUSEE || this == SANS_SUITE || this == RETIREE;
    }
}
