package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.commons.pdf.DocumentPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fr.gouv.ptce.commons.pdf.FormatsFrancais.dateHeure;
import static fr.gouv.ptce.commons.pdf.FormatsFrancais.euros;

/**
 * The whole application as one printable PDF: what the JSON read shows (same access: the owner,
 * instructeur, comite, admin; 404 otherwise), laid out with the kit's DocumentPdf — content, members,
 * the attachments with their SHA-256 (so that a printed file can be checked against the stored
 * documents) and the status history.
 */
@ApplicationScoped
public class DossierPdf {

    @Inject
    CandidatureService service;

    @Inject
    Clock clock;

    public Fichier pdf(UUID id) {
        CandidatureVue c = service.lire(id);
        String numero = c.numero() == null ? "brouillon" : c.numero();
        DocumentPdf doc = new DocumentPdf("Dossier de candidature " + numero)
                .titre("Dossier de candidature " + numero)
                .champ("Campagne", c.campagneCode() + (c.phase() == null ? "" : " (" + c.phase().name() + ")"))
                .champ("Statut", c.statut().name())
                .champ("Créée le", dateHeure(c.creeeLe()))
                .champ("Déposée le", dateHeure(c.deposeeLe()))
                .champ("Modifiée le", dateHeure(c.modifieeLe()))
                .champ("Document établi le", dateHeure(clock.instant()));

        CandidatureVue.Structure s = c.structure();
        doc.intertitre("Structure porteuse");
        if (s == null) {
            doc.paragraphe("Non renseignée.");
        } else {
            doc.champ("Raison sociale", s.raisonSociale()).champ("SIRET", s.siret())
                    .champ("Forme juridique", s.formeJuridique()).champ("Adresse", s.adresse())
                    .champ("Commune (INSEE)", s.codeCommune()).champ("Département", s.departement())
                    .champ("Région", s.region());
        }
        doc.champ("Territoire", c.territoire());

        CandidatureVue.Projet p = c.projet();
        doc.intertitre("Projet");
        if (p == null) {
            doc.paragraphe("Non renseigné.");
        } else {
            doc.champ("Titre", p.titre())
                    .champ("Secteurs", p.secteurs() == null ? null : String.join(", ", p.secteurs()))
                    .champ("Emplois visés", p.emploisVises() == null ? null : p.emploisVises().toString())
                    .champ("Budget", p.budget() == null ? null : euros(p.budget()))
                    .champ("Description", p.description());
        }

        ContenuCandidature.Contact contact = c.contact();
        doc.intertitre("Contact");
        doc.champ("Nom", contact == null ? null : contact.nom())
                .champ("Adresse électronique", contact == null ? null : contact.email())
                .champ("Téléphone", contact == null ? null : contact.telephone());

        List<ContenuCandidature.Membre> membres = c.membres() == null ? List.of() : c.membres();
        doc.intertitre("Membres (" + membres.size() + ")");
        if (!membres.isEmpty()) {
            List<List<String>> lignes = new ArrayList<>();
            for (ContenuCandidature.Membre m : membres) {
                lignes.add(List.of(m.nom(), m.siret() == null ? "—" : m.siret(), m.type().name()));
            }
            doc.tableau(new float[]{3, 1.4f, 1.8f}, List.of("Nom", "SIRET", "Type"), lignes, 9);
        }

        doc.intertitre("Pièces jointes (" + c.pieces().size() + ")");
        if (!c.pieces().isEmpty()) {
            List<List<String>> lignes = new ArrayList<>();
            for (PieceVue piece : c.pieces()) {
                lignes.add(List.of(piece.type().name(), piece.nomFichier() + "\n" + piece.taille() + " octets, "
                        + dateHeure(piece.deposeeLe()), piece.sha256()));
            }
            // 7 points: a SHA-256 holds on one line, as it will be compared by eye.
            doc.tableau(new float[]{1.2f, 2.4f, 4.4f}, List.of("Type", "Fichier", "SHA-256"), lignes, 7);
        }

        doc.intertitre("Historique des statuts");
        List<List<String>> historique = new ArrayList<>();
        for (CandidatureVue.Historique h : c.historique()) {
            historique.add(List.of(dateHeure(h.instant()), h.ancienStatut() == null ? "—" : h.ancienStatut().name(),
                    h.nouveauStatut().name(), h.acteur() == null ? "—" : h.acteur(), h.motif() == null ? "" : h.motif()));
        }
        doc.tableau(new float[]{1.6f, 1.5f, 1.5f, 1.4f, 2.6f}, List.of("Le", "De", "Vers", "Par", "Motif"), historique, 8);
        return new Fichier("candidature-" + numero + ".pdf", doc.octets());
    }

    public record Fichier(String nom, byte[] contenu) {
    }
}
