package fr.gouv.ptce.candidature.demarches;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A campaign's connector status: last run, dossiers kept ineligible, write-back queue. */
public record StatutDsVue(UUID campagneId, boolean configuree, boolean ecritureRetour, Execution derniereExecution,
                          List<Ineligible> ineligibles, Ecritures ecritures) {

    public record Execution(Instant debut, Instant fin, String declencheePar, int vus, int crees, int misAJour,
                            int inchanges, List<Ignore> ignores, String derniereErreur, Instant prochaineDepuis) {
    }

    public record Ignore(Integer numeroDossier, String raison) {
    }

    /** {@code etat}: « inéligible, en attente du demandeur »; {@code signale}: the DS message listing the rules was sent. */
    public record Ineligible(int numeroDossier, UUID candidatureId, List<String> regles, String etat, boolean signale) {
    }

    public record Ecritures(long aEnvoyer, long envoyees, long echecs, List<Ecriture> enAttenteOuEchec) {
    }

    public record Ecriture(int numeroDossier, UUID candidatureId, String action, String statut, int tentatives,
                           String derniereErreur, Instant prochaineTentative) {
    }
}
