package fr.gouv.ptce.candidature.donnees;

import fr.gouv.ptce.candidature.candidature.CandidatureVue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything candidature-service holds about one porteur (GDPR right of access), the JSON part of
 * the archive; the attachments' bytes are files of the archive, named in {@code fichier}.
 */
public record MesDonnees(String porteurSub, Instant genereLe, List<Candidature> candidatures,
                         List<Inscription> inscriptions, List<DemandeAccompagnement> demandesAccompagnement,
                         List<Laureat> laureatsPhase1, List<String> autresServices) {

    /** An application as its owner reads it, and where each attachment is in the archive. */
    public record Candidature(CandidatureVue candidature, List<Fichier> fichiers) {
    }

    public record Fichier(UUID pieceId, String nomFichier, String sha256, String fichier) {
    }

    public record Inscription(UUID id, UUID offreId, String siret, String statut, Instant inscriteLe,
                              Instant modifieeLe) {
    }

    public record DemandeAccompagnement(UUID id, UUID offreId, String siret, int heures, String objet,
                                        Instant demandeeLe) {
    }

    /** A structure of the porteur designated phase-1 lauréat, with the contact e-mail kept for the service offer. */
    public record Laureat(String siret, String raisonSociale, UUID candidatureId, String campagneCode,
                          Instant designeLe, String contactEmail) {
    }
}
