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

    /**
     * The table of the life of an application: where each status may go, whatever the action
     * ({@link CycleDeVie} says which action leads where, and never leaves this table). A draft is
     * the only status a file is created in; REFUSEE, SANS_SUITE and RETIREE end it. A lauréat may
     * still renounce (ACCEPTEE → RETIREE).
     */
    public Set<StatutCandidature> suivants() {
        return switch (this) {
            case BROUILLON -> EnumSet.of(DEPOSEE, RETIREE);
            case DEPOSEE -> EnumSet.of(EN_INSTRUCTION, CORRECTIONS_DEMANDEES, ACCEPTEE, LISTE_ATTENTE, REFUSEE,
                    SANS_SUITE, RETIREE);
            case EN_INSTRUCTION -> EnumSet.of(CORRECTIONS_DEMANDEES, ACCEPTEE, LISTE_ATTENTE, REFUSEE, SANS_SUITE,
                    RETIREE);
            case CORRECTIONS_DEMANDEES -> EnumSet.of(DEPOSEE, ACCEPTEE, LISTE_ATTENTE, REFUSEE, SANS_SUITE, RETIREE);
            case LISTE_ATTENTE -> EnumSet.of(ACCEPTEE, REFUSEE, SANS_SUITE, RETIREE);
            case ACCEPTEE -> EnumSet.of(RETIREE);
            case REFUSEE, SANS_SUITE, RETIREE -> EnumSet.noneOf(StatutCandidature.class);
        };
    }

    /** A final decision has been taken (a lauréat may still renounce, see {@link #suivants()}). */
    public boolean estFinal() {
        return this == ACCEPTEE || this == REFUSEE || this == SANS_SUITE || this == RETIREE;
    }
}
