package fr.gouv.ptce.candidature.annuaire;

import fr.gouv.ptce.candidature.domain.LigneEnErreur;

import java.util.List;

/** What an import did: lines read, PTCE created and updated, refused lines with their number. */
public record ResultatImport(int lignesLues, int creees, int misesAJour, List<LigneEnErreur> erreurs) {
}
