package fr.gouv.ptce.evaluation.procesverbal;

import fr.gouv.ptce.commons.pdf.DocumentPdf;
import fr.gouv.ptce.commons.pdf.FormatsFrancais;
import fr.gouv.ptce.commons.valeurs.Montant;
import fr.gouv.ptce.evaluation.domain.Phase;
import fr.gouv.ptce.evaluation.domain.TypeDecision;

import java.util.ArrayList;
import java.util.List;

import static fr.gouv.ptce.commons.pdf.FormatsFrancais.date;
import static fr.gouv.ptce.commons.pdf.FormatsFrancais.dateHeure;

/** Lays the minutes out on the page (the kit's DocumentPdf), in French, dates in Paris time. */
final class ProcesVerbalPdf {

    private ProcesVerbalPdf() {
    }

    static byte[] ecrire(ProcesVerbal pv) {
        DocumentPdf doc = new DocumentPdf("Procès-verbal du comité — " + pv.code())
                .titre("Procès-verbal du comité de sélection")
                .paragraphe("Campagne " + pv.code() + " — " + pv.libelle())
                .intertitre("Campagne")
                .champ("Code", pv.code())
                .champ("Libellé", pv.libelle())
                .champ("Phase", pv.phase() == Phase.PHASE_1 ? "Phase 1 (PTCE émergents)" : "Phase 2 (financement)")
                .champ("Ouverture des dépôts", date(pv.ouverture()))
                .champ("Clôture des dépôts", date(pv.cloture()))
                .champ("Établi le", dateHeure(pv.etabliLe()));

        doc.intertitre("Membres présents");
        if (pv.membres().isEmpty()) {
            doc.paragraphe("Aucune décision n'est enregistrée : aucun membre du comité n'a encore siégé.");
        } else {
            doc.paragraphe("Membres du comité ayant enregistré les décisions ci-dessous : " + String.join(", ",
                    pv.membres()) + ".");
        }

        doc.intertitre("Décisions (" + pv.decisions().size() + ")");
        if (pv.decisions().isEmpty()) {
            doc.paragraphe("Aucune décision.");
        } else {
            List<List<String>> lignes = new ArrayList<>();
            for (ProcesVerbal.LigneDecision d : pv.decisions()) {
                lignes.add(List.of(d.rang() == null ? "—" : String.valueOf(d.rang()),
                        d.numero() + "\n" + nonVide(d.raisonSociale()), libelle(d.decision(), d.promotion()),
                        d.score() == null ? "non classé" : FormatsFrancais.decimal(d.score()) + " / 5", nonVide(d.motivation()),
                        d.decideur() + "\n" + dateHeure(d.decideLe())));
            }
            doc.tableau(new float[]{0.6f, 2.2f, 1.4f, 0.9f, 3.6f, 1.8f},
                    List.of("Rang", "Dossier", "Décision", "Score", "Motivation", "Par, le"), lignes, 8);
        }

        if (!pv.desistements().isEmpty()) {
            doc.intertitre("Désistements (" + pv.desistements().size() + ")");
            List<List<String>> lignes = new ArrayList<>();
            for (ProcesVerbal.LigneDesistement w : pv.desistements()) {
                lignes.add(List.of(w.numero() + "\n" + nonVide(w.raisonSociale()), nonVide(w.motif()),
                        w.numeroPromu() == null ? "aucun" : w.numeroPromu(),
                        w.enregistrePar() + "\n" + dateHeure(w.desisteLe())));
            }
            doc.tableau(new float[]{2.2f, 3.6f, 1.6f, 1.8f}, List.of("Dossier", "Motif", "Promu", "Par, le"), lignes, 8);
        }

        doc.intertitre("Enveloppe engagée");
        if (pv.phase() == Phase.PHASE_1) {
            doc.paragraphe("Phase 1 : " + pv.laureats() + " lauréat(s) désigné(s), sans engagement financier.");
        } else if (pv.montantParLaureatCentimes() == null) {
            doc.paragraphe(pv.laureats() + " lauréat(s) ; la campagne n'indique pas de montant par lauréat.");
        } else {
            long engage = pv.laureats() * pv.montantParLaureatCentimes();
            doc.champ("Lauréats", String.valueOf(pv.laureats()))
                    .champ("Montant par lauréat", euros(pv.montantParLaureatCentimes()))
                    .champ("Montant engagé", pv.laureats() + " × " + euros(pv.montantParLaureatCentimes()) + " = "
                            + euros(engage))
                    .champ("Enveloppe de la campagne", pv.enveloppeCentimes() == null ? "non indiquée"
                            : euros(pv.enveloppeCentimes()) + " (reste " + euros(pv.enveloppeCentimes() - engage) + ")");
        }
        return doc.octets();
    }

    static String libelle(TypeDecision type, boolean promotion) {
        return switch (type) {
            case LAUREAT -> promotion ? "Lauréat (promu de la liste d'attente)" : "Lauréat";
            case LISTE_ATTENTE -> "Liste d'attente";
            case NON_RETENU -> "Non retenu";
            case SANS_SUITE -> "Sans suite";
        };
    }

    private static String nonVide(String texte) {
        return texte == null || texte.isBlank() ? "—" : texte;
    }

    private static String euros(long centimes) {
        return FormatsFrancais.euros(Montant.centimes(centimes).enEuros());
    }
}
