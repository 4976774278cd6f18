package fr.gouv.ptce.candidature.domain;

/** The number a porteur quotes: PTCE-2023-P2-00042 (campaign year, phase, rank in the campaign). */
public final class NumeroCandidature {

    private NumeroCandidature() {
    }

    public static String formater(int annee, Phase phase, long rang) {
        return String.format("PTCE-%04d-%s-%05d", annee, phase.abreviation(), rang);
    }
}
