package fr.gouv.ptce.commons.verrous;

/**
 * Every PostgreSQL advisory lock any service or job takes, in one list, so that two of them cannot
 * share a key by accident. Two key spaces, which PostgreSQL keeps apart:
 * <ul>
 * <li>one bigint: {@code hashtextextended('<prefixe><valeur>', <graine>)} — {@link #sql()} gives the
 * expression with one text parameter, {@link #texte(Object)} the text to bind;</li>
 * <li>two ints: {@link #classe()}, {@link #objet()}, for the locks with no value.</li>
 * </ul>
 * (seed, prefix) pairs are all different ({@code VerrouConsultatifTest}); add a lock here, never in
 * a service.
 */
public enum VerrouConsultatif {

    /** Writers of one aggregate's events, until commit (outbox order = commit order per key). */
    OUTBOX_AGREGAT(7, ""),
    /** One submission per (campaign, SIRET) at a time (candidature-service). */
    DEPOT_STRUCTURE(11, "candidature-structure:"),
    /** One Démarches Simplifiées synchronisation of a campaign at a time, held for the run (candidature-service). */
    SYNCHRO_DS(23, "ds-synchro:"),
    /** The active outbox relay of a service (session lock). */
    RELAIS_OUTBOX(0x7074_6365, 0x6f75_7478), // "ptce", "outx"
    /** Appends to the audit journal, until commit. */
    JOURNAL_AUDIT(0x7074_6365, 0x6a72_6e6c), // "ptce", "jrnl"
    /**
     * The scheduled purge of personal data past their retention period (GDPR), until commit: one
     * replica purges, the others skip that run (each service purges its own database).
     */
    PURGE_DONNEES(0x7074_6365, 0x7075_7267); // "ptce", "purg"

    private final int graineOuClasse;
    private final String prefixe;
    private final int objet;

    VerrouConsultatif(int graine, String prefixe) {
        this.graineOuClasse = graine;
        this.prefixe = prefixe;
        this.objet = 0;
    }

    VerrouConsultatif(int classe, int objet) {
        this.graineOuClasse = classe;
        this.prefixe = null;
        this.objet = objet;
    }

    public boolean aDeuxEntiers() {
        return prefixe == null;
    }

    /** The bigint key expression, with one text parameter ({@code ?}) bound to {@link #texte(Object)}. */
    public String sql() {
        return sql("?");
    }

    /** The same with a named or numbered parameter (e.g. {@code ?1} for JPA native queries). */
    public String sql(String parametre) {
        exigerTexte();
        return "hashtextextended(" + parametre + ", " + graineOuClasse + ")";
    }

    public String texte(Object valeur) {
        exigerTexte();
        return prefixe + valeur;
    }

    public int graine() {
        exigerTexte();
        return graineOuClasse;
    }

    public String prefixe() {
        exigerTexte();
        return prefixe;
    }

    public int classe() {
        exigerEntiers();
        return graineOuClasse;
    }

    public int objet() {
        exigerEntiers();
        return objet;
    }

    private void exigerTexte() {
        if (aDeuxEntiers()) {
            throw new IllegalStateException(name() + " est une clé à deux entiers");
        }
    }

    private void exigerEntiers() {
        if (!aDeuxEntiers()) {
            throw new IllegalStateException(name() + " est une clé texte");
        }
    }
}
