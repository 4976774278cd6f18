package fr.gouv.ptce.candidature.domain;

/**
 * The states of a dossier on Démarches Simplifiées and what the import does with each. The decision
 * belongs to the platform (committee in evaluation-service): a dossier already closed on DS was judged
 * elsewhere, so it is not imported as a new application, and DS's later states never move ours.
 */
public enum EtatDossierDs {
    EN_CONSTRUCTION("en_construction"),
    EN_INSTRUCTION("en_instruction"),
    ACCEPTE("accepte"),
    REFUSE("refuse"),
    SANS_SUITE("sans_suite");

    private final String valeurDs;

    EtatDossierDs(String valeurDs) {
        this.valeurDs = valeurDs;
    }

    public String valeurDs() {
        return valeurDs;
    }

    public static EtatDossierDs depuisDs(String valeur) {
        for (EtatDossierDs e : values()) {
            if (e.valeurDs.equals(valeur)) {
                return e;
            }
        }
        throw new IllegalArgumentException("état de dossier DS inconnu : " + valeur);
    }

    /**
     * en_construction and en_instruction are both a filed application waiting for our instruction:
     * DEPOSEE (DS's "en instruction" only says a DS agent opened it; our instruction starts with the
     * instruction.demarree event of evaluation-service).
     */
    public boolean importable() {
        return this == EN_CONSTRUCTION || this == EN_INSTRUCTION;
    }

    public boolean termine() {
        return !importable();
    }
}
