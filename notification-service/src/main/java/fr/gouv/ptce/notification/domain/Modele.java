package fr.gouv.ptce.notification.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The e-mails this service sends. Each names its Qute templates ({@code mails/<gabarit>.txt} with
 * the subject as fragment {@code sujet}, and {@code mails/<gabarit>.html}) and, when it answers an
 * event, the fact that triggers it. Reminders and the webhook notice have no triggering fact.
 */
public enum Modele {
    ACCUSE_RECEPTION("candidature.deposee", "accuse-reception"),
    REDEPOT("candidature.redeposee", "redepot"),
    CORRECTIONS_DEMANDEES("corrections.demandees", "corrections-demandees"),
    IRRECEVABILITE("candidature.irrecevable", "irrecevabilite"),
    DECISION("decision.rendue", "decision"),
    LAUREAT_PHASE1("laureat.phase1.designe", "laureat-phase1"),
    LAUREAT_PHASE2("laureat.phase2.selectionne", "laureat-phase2"),
    CONVENTION_A_SIGNER("convention.creee", "convention-a-signer"),
    ECHEANCE_EXIGIBLE("echeance.exigible", "echeance-exigible"),
    ECHEANCE_PAYEE("echeance.payee", "echeance-payee"),
    RAPPORT_ATTENDU("rapport.attendu", "rapport-attendu"),
    CONVENTION_RESILIEE("convention.resiliee", "convention-resiliee"),
    REVERSEMENT_DEMANDE("reversement.demande", "reversement-demande"),
    DESISTEMENT("laureat.phase2.desiste", "desistement"),
    RELANCE_CLOTURE(null, "relance-cloture"),
    RELANCE_RAPPORT(null, "relance-rapport"),
    WEBHOOK_DESACTIVE(null, "webhook-desactive");

    private final String fait;
    private final String gabarit;

    Modele(String fait, String gabarit) {
        this.fait = fait;
        this.gabarit = gabarit;
    }

    public String gabarit() {
        return gabarit;
    }

    /** The e-mail a fact triggers for its porteur, if any (some facts are only stored or forwarded). */
    public static Optional<Modele> pourFait(String fait) {
        return Arrays.stream(values()).filter(m -> m.fait != null && m.fait.equals(fait)).findFirst();
    }
}
