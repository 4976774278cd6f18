package fr.gouv.ptce.candidature.annuaire;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.gouv.ptce.candidature.domain.FichePtce;
import fr.gouv.ptce.candidature.domain.ImportAnnuaire;
import fr.gouv.ptce.candidature.domain.PhaseAtteinte;
import fr.gouv.ptce.candidature.domain.ReferentielTerritorial;
import fr.gouv.ptce.candidature.domain.TexteRecherche;
import fr.gouv.ptce.candidature.web.Json;
import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The directory: fed by phase-1 lauréat events, phase-2 decisions and the admin's import of the
 * State's list; one row per SIRET, so redeliveries and re-imports update instead of duplicating.
 */
@ApplicationScoped
@Transactional
public class AnnuaireService {

    @Inject
    Clock clock;

    @Inject
    ReferentielTerritorial referentiel;

    /** Filters of the directory's search; every one is optional. */
    public record Filtres(String region, String departement, String secteur, String q) {
    }

    /** A phase-1 lauréat (event): enters the directory, or refreshes its row. */
    public void inscrire(FichePtce fiche, String origine) {
        Ptce p = Ptce.findById(fiche.siret(), LockModeType.PESSIMISTIC_WRITE);
        boolean nouveau = p == null;
        if (nouveau) {
            p = new Ptce();
            p.siret = fiche.siret();
            p.phase = fiche.phase();
        } else {
            p.phase = p.phase.auPlusLoin(fiche.phase());
        }
        p.raisonSociale = fiche.raisonSociale();
        p.codeCommune = fiche.codeCommune();
        if (fiche.commune() != null || nouveau) {
            p.commune = fiche.commune();
        }
        p.departement = fiche.departement();
        p.region = fiche.region();
        p.secteurs = Json.ecrire(fiche.secteurs());
        if (fiche.annee() != null || nouveau) {
            p.annee = fiche.annee();
        }
        if (fiche.campagneCode() != null || nouveau) {
            p.campagneCode = fiche.campagneCode();
        }
        p.origine = nouveau ? origine : p.origine;
        p.recherche = TexteRecherche.de(vers(p));
        p.misAJourLe = clock.instant();
        if (nouveau) {
            p.persist();
        }
    }

    /** A phase-2 lauréat: its row says so (and is created from the file when the State's list lacked it). */
    public void atteindrePhase2(FichePtce depuisLaCandidature) {
        Ptce p = Ptce.findById(depuisLaCandidature.siret(), LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            inscrire(depuisLaCandidature, Ptce.ORIGINE_LAUREAT);
            return;
        }
        p.phase = PhaseAtteinte.LAUREAT_PHASE_2;
        p.misAJourLe = clock.instant();
    }

    public ResultatImport importer(String texte) {
        ImportAnnuaire.Resultat r;
        try {
            r = new ImportAnnuaire(referentiel).lire(texte);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("fichier", e.getMessage());
        }
        int creees = 0;
        for (FichePtce f : r.fiches()) {
            if (Ptce.findById(f.siret()) == null) {
                creees++;
            }
            inscrire(f, Ptce.ORIGINE_IMPORT);
        }
        return new ResultatImport(r.lignesLues(), creees, r.fiches().size() - creees, r.erreurs());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FicheAnnuaire> lister(Filtres f, String curseur, int taille) {
        List<String> conditions = new ArrayList<>();
        Parameters p = new Parameters();
        if (f.region() != null && !f.region().isBlank()) {
            conditions.add("region = :region");
            p.and("region", f.region().trim());
        }
        if (f.departement() != null && !f.departement().isBlank()) {
            conditions.add("departement = :departement");
            p.and("departement", f.departement().trim().toUpperCase(Locale.ROOT));
        }
        if (f.secteur() != null && !f.secteur().isBlank()) {
            // secteurs is a JSON array of codes: the quotes make the match exact ("BOIS" is not "BOISSON").
            conditions.add("secteurs like :secteur");
            p.and("secteur", "%\"" + f.secteur().trim().toUpperCase(Locale.ROOT).replace("\"", "") + "\"%");
        }
        if (f.q() != null && !f.q().isBlank()) {
            conditions.add("recherche like :q");
            p.and("q", "%" + TexteRecherche.normaliser(f.q()).replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (curseur != null && !curseur.isBlank()) {
            conditions.add("seq > :apres");
            p.and("apres", Curseur.sequence(curseur, 0));
        }
        String requete = conditions.isEmpty() ? "order by seq" : String.join(" and ", conditions) + " order by seq";
        List<Ptce> lues = Ptce.<Ptce>find(requete, p).range(0, taille).list();
        return Page.depuis(lues, taille, AnnuaireService::vue, e -> Curseur.apres(e.seq));
    }

    /** The whole directory in its stable order, for the open-data export (a few hundred rows). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FicheAnnuaire> tout() {
        return Ptce.<Ptce>find("order by seq").list().stream().map(AnnuaireService::vue).toList();
    }

    static FicheAnnuaire vue(Ptce p) {
        FichePtce f = vers(p);
        return new FicheAnnuaire(f.siret(), f.raisonSociale(), f.commune(), f.codeCommune(), f.departement(), f.region(),
                f.secteurs(), new FicheAnnuaire.Edition(f.annee(), f.campagneCode()), f.phase().name());
    }

    private static FichePtce vers(Ptce p) {
        List<String> secteurs = p.secteurs == null ? List.of() : Json.lire(p.secteurs, new TypeReference<List<String>>() { });
        return new FichePtce(p.siret, p.raisonSociale, p.codeCommune, p.commune, p.departement, p.region, secteurs,
                p.annee, p.campagneCode, p.phase);
    }
}
