package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.candidature.domain.ViolationRegle;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The texts sent to a DS applicant (dossierEnvoyerMessage). Each ends with the write-back's
 * reference: after an uncertain send, the sender finds it among the dossier's messages instead of
 * posting the same message twice.
 */
final class MessagesDs {

    static final String REFERENCE = "Référence PTCE : ";

    private MessagesDs() {
    }

    /** Every failed rule in plain French, one per line, and what happens next. */
    static String ineligibilite(int numeroDossier, List<ViolationRegle> violations) {
        Set<String> lignes = new LinkedHashSet<>();
        for (ViolationRegle v : violations) {
            lignes.add("- " + majuscule(v.message()) + ".");
        }
        return "Votre dossier n° " + numeroDossier + " ne peut pas être instruit en l'état : il ne remplit pas "
                + (lignes.size() == 1 ? "la condition suivante" : "les conditions suivantes") + ".\n"
                + String.join("\n", lignes) + "\n"
                + "Corrigez votre dossier sur Démarches Simplifiées : il sera vérifié à nouveau dès sa modification.";
    }

    /** The instructeur's reason, as given with corrections.demandees. */
    static String correction(String motif) {
        return "L'instructeur de la plateforme PTCE vous demande de corriger votre dossier"
                + (motif == null || motif.isBlank() ? "." : " : " + motif.strip())
                + "\nUne fois vos corrections faites, déposez-les sur Démarches Simplifiées : votre dossier reviendra à l'instructeur.";
    }

    static String avecReference(String texte, UUID ecriture) {
        return texte + "\n\n" + REFERENCE + ecriture;
    }

    private static String majuscule(String s) {
        String t = s == null ? "" : s.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.FRENCH) + t.substring(1);
    }
}
