package fr.gouv.ptce.candidature.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The eligibility rules checked when an application is submitted (décret n° 2015-431 and the
 * call's rules). All are evaluated, so that a refusal names every failed rule at once.
 */
public final class Eligibilite {

    public record Membre(String nom, String siret, TypeMembre type) {
    }

    /** What the rules look at; {@code eligiblePhase2} is established by the caller from the events. */
    public record Dossier(Phase phase, String siret, String raisonSociale, String formeJuridique, String codeCommune,
                          List<Membre> membres,
                          Set<TypePiece> pieces, String description, String contactNom, String contactEmail,
                          boolean eligiblePhase2) {
    }

    public static final Set<TypePiece> PIECES_OBLIGATOIRES = Set.of(TypePiece.STATUTS, TypePiece.BUDGET);

    private Eligibilite() {
    }

    public static List<ViolationRegle> verifier(Dossier d, ReferentielTerritorial referentiel,
                                                CategoriesJuridiques categories) {
        List<ViolationRegle> v = new ArrayList<>();
        if (!Siret.estValide(d.siret())) {
            v.add(new ViolationRegle("SIRET_INVALIDE", "structure.siret",
                    "le SIRET de la structure porteuse doit compter 14 chiffres et respecter la clé de contrôle"));
        }
        if (d.raisonSociale() == null || d.raisonSociale().isBlank()) {
            v.add(new ViolationRegle("RAISON_SOCIALE_ABSENTE", "structure.raisonSociale",
                    "la raison sociale de la structure porteuse est obligatoire"));
        }
        if (referentiel.localiser(d.codeCommune()).isEmpty()) {
            v.add(new ViolationRegle("COMMUNE_INCONNUE", "structure.codeCommune",
                    "le code commune INSEE de la structure est absent ou ne désigne aucune commune du code officiel "
                            + "géographique où s'applique l'appel"));
        }
        CategoriesJuridiques.Categorie categorie = categories.trouver(d.formeJuridique()).orElse(null);
        if (categorie == null) {
            v.add(new ViolationRegle("FORME_JURIDIQUE_INCONNUE", "structure.formeJuridique",
                    "la forme juridique de la structure porteuse doit être une catégorie juridique INSEE de niveau III "
                            + "(4 chiffres, par exemple 9220 pour une association déclarée)"));
        } else if (!categorie.estPersonneMoraleDeDroitPrive()) {
            v.add(new ViolationRegle("PERSONNE_MORALE_DE_DROIT_PRIVE", "structure.formeJuridique",
                    "la structure porteuse doit être une personne morale de droit privé : catégorie " + categorie.code()
                            + " « " + categorie.libelle() + " », " + categorie.motifDeRefus()));
        }
        List<Membre> membres = d.membres() == null ? List.of() : d.membres();
        if (membres.size() < 3) {
            v.add(new ViolationRegle("MEMBRES_INSUFFISANTS", "membres",
                    "le pôle doit réunir au moins 3 personnes morales (" + membres.size() + " déclarée(s))"));
        }
        if (membres.stream().noneMatch(m -> m.type() == TypeMembre.ENTREPRISE_ESS)) {
            v.add(new ViolationRegle("MEMBRE_ESS_ABSENT", "membres",
                    "au moins un membre doit être une entreprise de l'ESS (ENTREPRISE_ESS)"));
        }
        if (membres.stream().noneMatch(m -> m.type() == TypeMembre.ENTREPRISE_HORS_ESS)) {
            v.add(new ViolationRegle("MEMBRE_HORS_ESS_ABSENT", "membres",
                    "au moins un membre doit être une entreprise hors ESS (ENTREPRISE_HORS_ESS)"));
        }
        if (membres.stream().noneMatch(m -> m.type() != null && m.type().estAutreActeurArticle9())) {
            v.add(new ViolationRegle("ACTEUR_ARTICLE_9_ABSENT", "membres",
                    "au moins un membre doit être un autre acteur de l'article 9 (collectivité, recherche, "
                            + "enseignement supérieur, formation ou autre)"));
        }
        for (int i = 0; i < membres.size(); i++) {
            String s = membres.get(i).siret();
            if (s != null && !s.isBlank() && !Siret.estValide(s)) {
                v.add(new ViolationRegle("SIRET_MEMBRE_INVALIDE", "membres[" + i + "].siret",
                        "le SIRET de ce membre est invalide"));
            }
        }
        for (TypePiece obligatoire : List.of(TypePiece.STATUTS, TypePiece.BUDGET)) {
            if (d.pieces() == null || !d.pieces().contains(obligatoire)) {
                v.add(new ViolationRegle("PIECE_" + obligatoire + "_ABSENTE", "pieces",
                        "la pièce " + obligatoire + " est obligatoire"));
            }
        }
        if (d.description() == null || d.description().isBlank()) {
            v.add(new ViolationRegle("DESCRIPTION_ABSENTE", "projet.description",
                    "la description du projet est obligatoire"));
        }
        if (d.contactNom() == null || d.contactNom().isBlank()) {
            v.add(new ViolationRegle("NOM_CONTACT_ABSENT", "contact.nom", "le nom du contact est obligatoire"));
        }
        if (d.contactEmail() == null || d.contactEmail().isBlank()) {
            v.add(new ViolationRegle("EMAIL_CONTACT_ABSENT", "contact.email", "l'adresse électronique du contact est obligatoire"));
        }
        if (d.phase() == Phase.PHASE_2 && !d.eligiblePhase2()) {
            v.add(new ViolationRegle("PHASE_2_NON_ELIGIBLE", "structure.siret",
                    "la phase 2 est réservée aux lauréats de la phase 1 et aux structures ayant une candidature "
                            + "de phase 1 en cours dans une campagne ouverte"));
        }
        return v;
    }
}
