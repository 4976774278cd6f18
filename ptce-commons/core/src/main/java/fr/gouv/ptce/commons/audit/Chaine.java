package fr.gouv.ptce.commons.audit;

import java.util.Optional;

/**
 * Walks the journal in sequence order and stops at the first entry that breaks the chain. Plain
 * Java (no database) so that each kind of break is unit-tested.
 *
 * <p>What it detects: an entry changed in place (its hash no longer matches its content), an entry
 * whose hash was recomputed after a change (the next entry's previous hash no longer matches), an
 * entry removed or inserted (a gap or a repeat in the sequence). What it cannot detect alone: the
 * removal of the last entries, which leaves a shorter but valid chain — keep an outside copy of the
 * latest hash (e.g. the verification answer, archived) to notice that.
 */
public final class Chaine {

    public enum Raison {
        /** The entry's content does not give its recorded hash: it was changed. */
        EMPREINTE_INCORRECTE("empreinte-incorrecte"),
        /** The entry does not point to the hash of the one before it: the previous one was rewritten or replaced. */
        EMPREINTE_PRECEDENTE_INCORRECTE("empreinte-precedente-incorrecte"),
        /** An entry is missing (or one was inserted): the sequence is not previous + 1. */
        SEQUENCE_ROMPUE("sequence-rompue");

        public final String code;

        Raison(String code) {
            this.code = code;
        }
    }

    public record Rupture(long sequence, Raison raison, String detail) {
    }

    private long sequenceAttendue = 1;
    private String empreintePrecedente = Empreintes.GENESE;
    private long verifiees;

    /** The first break found at this entry, if any; after a break the walk should stop. */
    public Optional<Rupture> examiner(EntreeJournal e) {
        if (e.sequence() != sequenceAttendue) {
            return Optional.of(new Rupture(sequenceAttendue, Raison.SEQUENCE_ROMPUE,
                    "entrée n° " + sequenceAttendue + " attendue, n° " + e.sequence() + " trouvée"));
        }
        if (!e.empreintePrecedente().equals(empreintePrecedente)) {
            return Optional.of(new Rupture(e.sequence(), Raison.EMPREINTE_PRECEDENTE_INCORRECTE,
                    "l'entrée ne désigne pas l'empreinte de l'entrée précédente"));
        }
        if (!Empreintes.de(e).equals(e.empreinte())) {
            return Optional.of(new Rupture(e.sequence(), Raison.EMPREINTE_INCORRECTE,
                    "le contenu de l'entrée ne correspond plus à son empreinte"));
        }
        sequenceAttendue++;
        empreintePrecedente = e.empreinte();
        verifiees++;
        return Optional.empty();
    }

    /** Entries found intact so far. */
    public long verifiees() {
        return verifiees;
    }

    /** Hash of the last intact entry (the head of the chain once the walk is over). */
    public String derniereEmpreinte() {
        return empreintePrecedente;
    }
}
