package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.candidature.domain.ActionDs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** The GraphQL documents sent to DS, kept as text resources under {@code ds/}. */
public final class Requetes {

    /** The fields, champs and files a read takes, one fragment for the page read and the single read. */
    private static final String LECTURE_DOSSIER = lire("lecture-dossier");
    public static final String DOSSIERS = lire("dossiers") + "\n" + LECTURE_DOSSIER;
    /** One dossier's state and messages: what the sender checks before resending a write-back. */
    public static final String DOSSIER = lire("dossier");
    /** One dossier in full, read again when it looks like the answer to our correction request. */
    public static final String DOSSIER_COMPLET = lire("dossierComplet") + "\n" + LECTURE_DOSSIER;
    private static final Map<ActionDs, String> MUTATIONS = new EnumMap<>(ActionDs.class);

    static {
        for (ActionDs a : ActionDs.values()) {
            MUTATIONS.put(a, lire(a.mutation())); // the two message actions share one document
        }
    }

    private Requetes() {
    }

    public static String mutation(ActionDs action) {
        return MUTATIONS.get(action);
    }

    private static String lire(String nom) {
        try (InputStream in = Requetes.class.getClassLoader().getResourceAsStream("ds/" + nom + ".graphql")) {
            if (in == null) {
                throw new IllegalStateException("ressource ds/" + nom + ".graphql absente");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
