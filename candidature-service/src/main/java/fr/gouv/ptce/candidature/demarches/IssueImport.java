package fr.gouv.ptce.candidature.demarches;

/** What the import did with one dossier. */
public record IssueImport(Type type, String raison) {

    public enum Type { CREE, MIS_A_JOUR, INCHANGE, IGNORE }

    static IssueImport de(Type type) {
        return new IssueImport(type, null);
    }

    static IssueImport ignore(String raison) {
        return new IssueImport(Type.IGNORE, raison);
    }
}
