package fr.gouv.ptce.candidature.structure;

/** API Sirene gave no usable answer (unreachable, too slow, 5xx, key refused, rate limit never lifted). */
public class SireneIndisponible extends RuntimeException {

    public SireneIndisponible(String message) {
        super(message);
    }
}
