package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.candidature.candidature.ContenuCandidature;
import fr.gouv.ptce.candidature.domain.EtatDossierDs;
import fr.gouv.ptce.candidature.domain.TypePiece;

import java.time.Instant;
import java.util.List;

/**
 * A DS dossier read through the campaign's mapping. {@code empreinte} covers the content we take
 * (fields, files by checksum — not their URLs, which DS signs anew on every call); the state is
 * compared on its own, since our write-back moves it. {@code correctionEnAttente}: DS shows a correction
 * request the applicant has not answered yet (dateDerniereCorrectionEnAttente).
 */
public record DossierLu(int numero, String id, EtatDossierDs etat, Instant dateDepot, String emailUsager,
                        ContenuCandidature contenu, List<FichierDs> fichiers, String empreinte,
                        boolean correctionEnAttente) {

    public record FichierDs(TypePiece type, String nom, String url, String checksum, long taille) {
    }
}
