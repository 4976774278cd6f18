package fr.gouv.ptce.candidature.candidature;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.gouv.ptce.candidature.domain.Eligibilite;
import fr.gouv.ptce.candidature.web.Json;
import fr.gouv.ptce.commons.valeurs.Montant;

import java.util.List;
import java.util.Locale;

/** Application ↔ request, views and the event snapshot. */
final class CandidatureMapping {

    static final TypeReference<List<ContenuCandidature.Membre>> MEMBRES = new TypeReference<>() { };
    static final TypeReference<List<String>> TEXTES = new TypeReference<>() { };

    private CandidatureMapping() {
    }

    static void appliquer(Candidature c, ContenuCandidature contenu) {
        ContenuCandidature.Structure s = contenu.structure();
        c.siret = s == null ? null : vide(s.siret());
        c.raisonSociale = s == null ? null : vide(s.raisonSociale());
        c.formeJuridique = s == null ? null : vide(s.formeJuridique());
        c.adresse = s == null ? null : vide(s.adresse());
        c.codeCommune = s == null ? null : vide(s.codeCommune());
        c.territoire = vide(contenu.territoire());
        c.membres = Json.ecrire(contenu.membres() == null ? List.of() : contenu.membres());
        ContenuCandidature.Projet p = contenu.projet();
        c.projetTitre = p == null ? null : vide(p.titre());
        c.projetDescription = p == null ? null : vide(p.description());
        c.projetSecteurs = Json.ecrire(p == null || p.secteurs() == null ? List.of() : p.secteurs());
        c.projetEmploisVises = p == null ? null : p.emploisVises();
        c.projetBudgetCentimes = p == null ? null : Montant.enCentimes(p.budget());
        ContenuCandidature.Contact ct = contenu.contact();
        c.contactNom = ct == null ? null : vide(ct.nom());
        c.contactEmail = ct == null ? null : vide(ct.email());
        c.contactTelephone = ct == null ? null : vide(ct.telephone());
        majRecherche(c);
    }

    /** The lower-cased text that the free-text filter {@code q} searches (trigram index). */
    static void majRecherche(Candidature c) {
        c.recherche = String.join(" ", nonNul(c.numero), nonNul(c.siret), nonNul(c.raisonSociale), nonNul(c.projetTitre),
                nonNul(c.territoire)).toLowerCase(Locale.ROOT).strip();
    }

    static List<ContenuCandidature.Membre> membres(Candidature c) {
        return Json.lire(c.membres, MEMBRES);
    }

    static List<String> secteurs(Candidature c) {
        return Json.lire(c.projetSecteurs, TEXTES);
    }

    static List<Eligibilite.Membre> membresDomaine(Candidature c) {
        return membres(c).stream().map(m -> new Eligibilite.Membre(m.nom(), m.siret(), m.type())).toList();
    }

    static CandidatureVue vue(Candidature c, LectureCandidature.Annexes annexes, References references) {
        return new CandidatureVue(c.id, c.numero, c.campagneId, annexes.campagneCode(), annexes.phase(), c.statut,
                c.porteurSub,
                new CandidatureVue.Structure(c.siret, c.raisonSociale, c.formeJuridique,
                        references.libelleFormeJuridique(c.formeJuridique), c.adresse, c.codeCommune,
                        references.nomCommune(c.codeCommune), c.departement, c.region),
                c.territoire, membres(c),
                new CandidatureVue.Projet(c.projetTitre, c.projetDescription, secteurs(c), c.projetEmploisVises,
                        Montant.enEuros(c.projetBudgetCentimes)),
                new ContenuCandidature.Contact(c.contactNom, c.contactEmail, c.contactTelephone),
                annexes.pieces(),
                annexes.historique(),
                c.creeeLe, c.modifieeLe, c.deposeeLe, c.version);
    }

    private static String vide(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nonNul(String s) {
        return s == null ? "" : s;
    }
}
