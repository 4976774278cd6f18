package fr.gouv.ptce.notification.domain;

import java.util.Optional;

/**
 * The e-mails this service sends. Each names its Qute templates ({@code mails/<gabarit>.txt} with
 * the subject as fragment {@code sujet}, and {@code mails/<gabarit>.html}). Which fact triggers which
 * is in {@code evenements.ModelesParFait}; reminders and the webhook notice have no triggering fact.
 * An e-mail may carry a document as a PDF attachment, written from its own template
 * ({@code mails/<document>.txt}, title in the fragment {@code titre}), which the e-mail's text includes:
 * one wording for both.
 */
public enum Modele {
    ACCUSE_RECEPTION("accuse-reception", "accuse-reception-document"),
    REDEPOT("redepot"),
    CORRECTIONS_DEMANDEES("corrections-demandees"),
    /** To the evaluator (not the porteur): its evaluation, with the link to it. */
    EVALUATION_AFFECTEE("evaluation-affectee"),
    IRRECEVABILITE("irrecevabilite"),
    DECISION("decision"),
    LAUREAT_PHASE1("laureat-phase1"),
    LAUREAT_PHASE2("laureat-phase2"),
    CONVENTION_A_SIGNER("convention-a-signer"),
    ECHEANCE_EXIGIBLE("echeance-exigible"),
    ECHEANCE_PAYEE("echeance-payee"),
    RAPPORT_ATTENDU("rapport-attendu"),
    CONVENTION_RESILIEE("convention-resiliee"),
    REVERSEMENT_DEMANDE("reversement-demande"),
    REVERSEMENT_TITRE_EMIS("reversement-titre-emis"),
    DESISTEMENT("desistement"),
    RAPPORT_REJETE("rapport-rejete"),
    RAPPORT_APPROUVE("rapport-approuve"),
    INSCRIPTION_ENREGISTREE("inscription-enregistree"),
    INSCRIPTION_PROMUE("inscription-promue"),
    INSCRIPTION_ANNULEE("inscription-annulee"),
    RELANCE_CLOTURE("relance-cloture"),
    RELANCE_RAPPORT("relance-rapport"),
    WEBHOOK_DESACTIVE("webhook-desactive");

    private final String gabarit;
    private final String document;

    Modele(String gabarit) {
        this(gabarit, null);
    }

    Modele(String gabarit, String document) {
        this.gabarit = gabarit;
        this.document = document;
    }

    public String gabarit() {
        return gabarit;
    }

    /** The template of the document attached as a PDF, if this e-mail carries one. */
    public Optional<String> document() {
        return Optional.ofNullable(document);
    }
}
