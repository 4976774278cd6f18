package fr.gouv.ptce.launcher.demo;

/**
 * How big an edition is and over how many demo accounts its work is spread. The write limit of the
 * services (300 writes per minute and per account, bursts of 100) applies per account: {@link #COMPLETE}
 * spreads the 140 + 72 applications over ten porteurs, and the instruction, the evaluations and the
 * decisions over several instructeurs, evaluators and committee members, so that a normal run
 * rarely reaches it. {@link #REDUITE} plays a few dozen applications as few accounts as possible, so
 * that it does reach it (the system tests check that the demo waits as told and still completes).
 *
 * @param phase1          phase-1 applications (one structure each)
 * @param phase2          how many of those structures also file a phase-2 application
 * @param laureatsPhase1  phase-1 lauréats (at least the phase-2 applicants)
 * @param laureatsPhase2  phase-2 lauréats, each granted €100,000 (the campaign's cap and envelope follow)
 * @param listeAttente    phase-2 files put on the waiting list after the lauréats
 * @param porteurs        porteur accounts filing the applications (porteur1…)
 * @param instructeurs    instructeur accounts (instructeur1…)
 * @param evaluateurs     evaluator accounts (evaluateur1…), used in pairs: an even number, at least 2
 * @param comites         committee members deciding (comite1…)
 */
public record Taille(int phase1, int phase2, int laureatsPhase1, int laureatsPhase2, int listeAttente,
                     int porteurs, int instructeurs, int evaluateurs, int comites) {

    /** {@code ./ptce demo}: a realistic edition. */
    public static final Taille COMPLETE = new Taille(140, 72, 80, 15, 5, 10, 4, 8, 2);

    /** The system tests' edition: 30 + 16 applications by one porteur, one instructeur, two evaluators. */
    public static final Taille REDUITE = new Taille(30, 16, 20, 6, 3, 1, 1, 2, 1);

    public Taille {
        if (phase2 > phase1 || laureatsPhase1 < phase2 || laureatsPhase1 > phase1
                || laureatsPhase2 + listeAttente > phase2 || laureatsPhase2 < 1) {
            throw new IllegalArgumentException("inconsistent edition size " + this);
        }
        if (porteurs < 1 || instructeurs < 1 || comites < 1 || evaluateurs < 2 || evaluateurs % 2 != 0) {
            throw new IllegalArgumentException("accounts: at least one of each role and evaluators in pairs " + this);
        }
    }

    /** Every demo account of {@code role} this edition uses, e.g. porteur1…porteur10. */
    java.util.List<String> comptes(String role) {
        int n = switch (role) {
            case "porteur" -> porteurs;
            case "instructeur" -> instructeurs;
            case "evaluateur" -> evaluateurs;
            case "comite" -> comites;
            default -> throw new IllegalArgumentException(role);
        };
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> role + i).toList();
    }
}
