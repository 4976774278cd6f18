package fr.gouv.ptce.events;

import fr.gouv.ptce.commons.events.EventType;

/**
 * Every fact of the catalogue: its name ({@code candidature.deposee}, whose CloudEvents type is
 * {@code fr.gouv.ptce.candidature.deposee.v1}), the topic it is published on, the aggregate whose id
 * is its Kafka key, and the record of its data. Code names a fact by its constant, so a misspelt fact
 * does not compile.
 */
public enum Fait implements EventType {
    CAMPAGNE_PUBLIEE("campagne.publiee", Topic.CAMPAGNES, "campagne", CampagnePubliee.class),
    CANDIDATURE_DEPOSEE("candidature.deposee", Topic.CANDIDATURES, "candidature", CandidatureDeposee.class),
    CANDIDATURE_REDEPOSEE("candidature.redeposee", Topic.CANDIDATURES, "candidature", CandidatureRedeposee.class),
    CANDIDATURE_RETIREE("candidature.retiree", Topic.CANDIDATURES, "candidature", CandidatureRetiree.class),
    INSCRIPTION_SESSION_ENREGISTREE("inscription.session.enregistree", Topic.CANDIDATURES, "offre", InscriptionSessionEnregistree.class),
    INSCRIPTION_SESSION_PROMUE("inscription.session.promue", Topic.CANDIDATURES, "offre", InscriptionSessionPromue.class),
    INSCRIPTION_SESSION_ANNULEE("inscription.session.annulee", Topic.CANDIDATURES, "offre", InscriptionSessionAnnulee.class),
    INSTRUCTION_DEMARREE("instruction.demarree", Topic.INSTRUCTIONS, "instruction", InstructionDemarree.class),
    CORRECTIONS_DEMANDEES("corrections.demandees", Topic.INSTRUCTIONS, "instruction", CorrectionsDemandees.class),
    CANDIDATURE_IRRECEVABLE("candidature.irrecevable", Topic.INSTRUCTIONS, "instruction", CandidatureIrrecevable.class),
    CANDIDATURE_RECEVABLE("candidature.recevable", Topic.INSTRUCTIONS, "instruction", CandidatureRecevable.class),
    EVALUATEUR_AFFECTE("evaluateur.affecte", Topic.INSTRUCTIONS, "instruction", EvaluateurAffecte.class),
    EVALUATEUR_HABILITE("evaluateur.habilite", Topic.INSTRUCTIONS, "instruction", EvaluateurHabilite.class),
    DECISION_RENDUE("decision.rendue", Topic.DECISIONS, "decision", DecisionRendue.class),
    LAUREAT_PHASE1_DESIGNE("laureat.phase1.designe", Topic.DECISIONS, "decision", LaureatPhase1Designe.class),
    LAUREAT_PHASE2_SELECTIONNE("laureat.phase2.selectionne", Topic.DECISIONS, "decision", LaureatPhase2Selectionne.class),
    LAUREAT_PHASE2_DESISTE("laureat.phase2.desiste", Topic.DECISIONS, "decision", LaureatPhase2Desiste.class),
    CONVENTION_CREEE("convention.creee", Topic.FINANCEMENTS, "convention", ConventionCreee.class),
    CONVENTION_SIGNEE("convention.signee", Topic.FINANCEMENTS, "convention", ConventionSignee.class),
    ECHEANCE_EXIGIBLE("echeance.exigible", Topic.FINANCEMENTS, "convention", EcheanceExigible.class),
    ECHEANCE_PAYEE("echeance.payee", Topic.FINANCEMENTS, "convention", EcheancePayee.class),
    RAPPORT_ATTENDU("rapport.attendu", Topic.FINANCEMENTS, "convention", RapportAttendu.class),
    RAPPORT_APPROUVE("rapport.approuve", Topic.FINANCEMENTS, "convention", RapportApprouve.class),
    RAPPORT_REJETE("rapport.rejete", Topic.FINANCEMENTS, "convention", RapportRejete.class),
    CONVENTION_RESILIEE("convention.resiliee", Topic.FINANCEMENTS, "convention", ConventionResiliee.class),
    REVERSEMENT_DEMANDE("reversement.demande", Topic.FINANCEMENTS, "convention", ReversementDemande.class),
    REVERSEMENT_TITRE_EMIS("reversement.titre.emis", Topic.FINANCEMENTS, "convention", ReversementTitreEmis.class),
    REVERSEMENT_RECOUVRE("reversement.recouvre", Topic.FINANCEMENTS, "convention", ReversementRecouvre.class),
    REVERSEMENT_ANNULE("reversement.annule", Topic.FINANCEMENTS, "convention", ReversementAnnule.class);

    private final String fact;
    private final Topic topic;
    private final String aggregateType;
    private final Class<? extends Evenement> dataType;

    Fait(String fact, Topic topic, String aggregateType, Class<? extends Evenement> dataType) {
        this.fact = fact;
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.dataType = dataType;
    }

    @Override
    public String fact() {
        return fact;
    }

    @Override
    public String topic() {
        return topic.nom();
    }

    /** The topic as an enum; {@link #topic()} is its name on the broker. */
    public Topic topique() {
        return topic;
    }

    @Override
    public String aggregateType() {
        return aggregateType;
    }

    @Override
    public Class<? extends Evenement> dataType() {
        return dataType;
    }
}
