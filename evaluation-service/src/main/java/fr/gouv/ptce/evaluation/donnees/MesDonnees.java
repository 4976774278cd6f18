package fr.gouv.ptce.evaluation.donnees;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything evaluation-service holds about one porteur (GDPR right of access): its files as received,
 * how their instruction went, the decisions. Agents' names and the evaluators' individual notes are
 * not the porteur's data and are left out.
 */
public record MesDonnees(String porteurSub, Instant genereLe, List<Dossier> dossiers) {

    public record Dossier(UUID candidatureId, String numero, String campagneCode, String statut, String siret,
                          String raisonSociale, String contactNom, String contactEmail, String contactTelephone,
                          JsonNode depot, Instant deposeeLe, String motifCorrections, String motivationRecevabilite,
                          List<Etape> instruction, List<Decision> decisions, List<Desistement> desistements) {
    }

    public record Etape(String action, String statut, Instant survenueLe) {
    }

    public record Decision(String type, String motivation, Instant decideLe, Integer rang) {
    }

    public record Desistement(String motif, Instant desisteLe) {
    }
}
