package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.gouv.ptce.candidature.campagne.Campagne;
import fr.gouv.ptce.candidature.domain.TypePiece;
import fr.gouv.ptce.candidature.web.Json;
import fr.gouv.ptce.commons.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Configuration of a campaign's connector, the runs' reports and the status view. */
@ApplicationScoped
@Transactional
public class DemarchesService {

    static final TypeReference<List<StatutDsVue.Ignore>> IGNORES = new TypeReference<>() { };
    static final String INELIGIBLE_EN_ATTENTE = "inéligible, en attente du demandeur";

    @Inject
    Clock clock;

    @Inject
    ChiffrementJeton chiffrement;

    public ConfigurationDsVue configurer(UUID campagneId, ConfigurationDsDemande d, String par) {
        exigerCampagne(campagneId);
        for (String type : d.correspondance().piecesOuVide().keySet()) {
            if (Arrays.stream(TypePiece.values()).noneMatch(t -> t.name().equals(type))) {
                throw ProblemException.badRequest("correspondance.pieces",
                        "type de pièce inconnu : " + type + " (STATUTS, BUDGET, LETTRE_ENGAGEMENT, AUTRE)");
            }
        }
        ConfigurationDs c = ConfigurationDs.findById(campagneId);
        if (c == null && (d.jeton() == null || d.jeton().isBlank())) {
            throw ProblemException.badRequest("jeton", "le jeton d'API est obligatoire à la première configuration");
        }
        if (c == null) {
            c = new ConfigurationDs();
            c.campagneId = campagneId;
        }
        c.urlApi = d.urlApi();
        if (d.jeton() != null && !d.jeton().isBlank()) {
            c.jetonChiffre = chiffrement.chiffrer(d.jeton().strip());
        }
        c.numeroDemarche = d.numeroDemarche();
        c.instructeurId = d.instructeurId();
        c.correspondance = Json.ecrire(d.correspondance());
        c.ecritureRetour = d.ecritureRetour();
        c.modifieeLe = clock.instant();
        c.modifieePar = par;
        c.persist();
        return vue(c);
    }

    public ConfigurationDsVue lire(UUID campagneId) {
        exigerCampagne(campagneId);
        ConfigurationDs c = ConfigurationDs.findById(campagneId);
        if (c == null) {
            throw ProblemException.notFound("La campagne " + campagneId + " n'est pas reliée à Démarches Simplifiées.");
        }
        return vue(c);
    }

    /** Campaigns to pull on schedule. */
    public List<UUID> campagnesConfigurees() {
        return ConfigurationDs.<ConfigurationDs>listAll().stream().map(c -> c.campagneId).toList();
    }

    public ParametresSynchro parametres(UUID campagneId) {
        Campagne k = exigerCampagne(campagneId);
        ConfigurationDs c = ConfigurationDs.findById(campagneId);
        if (c == null) {
            throw ProblemException.notFound("La campagne " + campagneId + " n'est pas reliée à Démarches Simplifiées.");
        }
        if (!k.estPubliee()) {
            throw ProblemException.conflict("campagne-non-publiee", "La campagne " + k.code + " n'est pas publiée : rien à importer.");
        }
        SynchronisationDs s = SynchronisationDs.findById(campagneId);
        return new ParametresSynchro(c.urlApi, chiffrement.dechiffrer(c.jetonChiffre), c.numeroDemarche,
                Json.lire(c.correspondance, new TypeReference<Correspondance>() { }), s == null ? null : s.depuis);
    }

    /** Records a run's report; {@code depuis} moves on only after a run that read every page. */
    public void enregistrer(UUID campagneId, Instant debut, String par, int vus, int crees, int misAJour, int inchanges,
                            List<StatutDsVue.Ignore> ignores, String erreur) {
        SynchronisationDs s = SynchronisationDs.findById(campagneId);
        if (s == null) {
            s = new SynchronisationDs();
            s.campagneId = campagneId;
        }
        s.debut = debut;
        s.fin = clock.instant();
        s.declencheePar = par;
        s.vus = vus;
        s.crees = crees;
        s.misAJour = misAJour;
        s.inchanges = inchanges;
        s.ignores = Json.ecrire(ignores);
        s.derniereErreur = erreur;
        if (erreur == null) {
            s.depuis = debut;
        }
        s.persist();
    }

    public StatutDsVue statut(UUID campagneId) {
        exigerCampagne(campagneId);
        ConfigurationDs c = ConfigurationDs.findById(campagneId);
        SynchronisationDs s = SynchronisationDs.findById(campagneId);
        StatutDsVue.Execution execution = s == null ? null : new StatutDsVue.Execution(s.debut, s.fin, s.declencheePar,
                s.vus, s.crees, s.misAJour, s.inchanges, Json.lire(s.ignores, IGNORES), s.derniereErreur, s.depuis);
        List<StatutDsVue.Ineligible> ineligibles = DossierDsLien.<DossierDsLien>list(
                        "campagneId = ?1 and reglesEchouees is not null", Sort.by("numeroDossier"), campagneId).stream()
                .map(l -> new StatutDsVue.Ineligible(l.numeroDossier, l.candidatureId, List.of(l.reglesEchouees.split(",")),
                        INELIGIBLE_EN_ATTENTE, EcritureDs.count("numeroDossier = ?1 and action = ?2 and statut = ?3",
                        l.numeroDossier, fr.gouv.ptce.candidature.domain.ActionDs.SIGNALER_INELIGIBILITE, EcritureDs.ENVOYEE) > 0))
                .toList();
        String dansCampagne = "numeroDossier in (select l.numeroDossier from DossierDsLien l where l.campagneId = ?1)";
        long aEnvoyer = EcritureDs.count("statut = ?2 and " + dansCampagne, campagneId, EcritureDs.A_ENVOYER);
        long envoyees = EcritureDs.count("statut = ?2 and " + dansCampagne, campagneId, EcritureDs.ENVOYEE);
        long echecs = EcritureDs.count("statut = ?2 and " + dansCampagne, campagneId, EcritureDs.ECHEC);
        List<StatutDsVue.Ecriture> pendantes = EcritureDs.<EcritureDs>find("statut <> ?2 and " + dansCampagne,
                        Sort.by("seq"), campagneId, EcritureDs.ENVOYEE).page(0, 100).list().stream()
                .map(e -> new StatutDsVue.Ecriture(e.numeroDossier, e.candidatureId, e.action.name(), e.statut, e.tentatives,
                        e.derniereErreur, e.prochaineTentative)).toList();
        return new StatutDsVue(campagneId, c != null, c != null && c.ecritureRetour, execution, ineligibles,
                new StatutDsVue.Ecritures(aEnvoyer, envoyees, echecs, pendantes));
    }

    private static Campagne exigerCampagne(UUID id) {
        Campagne k = Campagne.findById(id);
        if (k == null) {
            throw ProblemException.notFound("Aucune campagne " + id + ".");
        }
        return k;
    }

    private static ConfigurationDsVue vue(ConfigurationDs c) {
        return new ConfigurationDsVue(c.campagneId, c.urlApi, c.jetonChiffre != null, c.numeroDemarche, c.instructeurId,
                Json.lire(c.correspondance, new TypeReference<Correspondance>() { }), c.ecritureRetour, c.modifieeLe,
                c.modifieePar);
    }

}
