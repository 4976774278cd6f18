package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.candidature.config.CandidatureSettings;
import fr.gouv.ptce.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A synchronisation run of one campaign: pages of dossiers updated since the last complete run, each
 * dossier imported in its own transaction. A bad dossier is reported and skipped; a failing page
 * (DS unreachable after the retries) ends the run with its error, and the next run starts again from
 * the same instant.
 */
@ApplicationScoped
public class SynchroniseurDs {

    private static final Logger LOG = Logger.getLogger(SynchroniseurDs.class);

    @Inject
    Clock clock;

    @Inject
    DemarchesSettings settings;

    @Inject
    CandidatureSettings candidatureSettings;

    @Inject
    DemarchesService service;

    @Inject
    ImportDossierDs importeur;

    @Inject
    ClientDs client;

    @Inject
    ObjectMapper mapper;

    @Inject
    VerrouSynchroDs verrou;

    /** One run per campaign at a time across all replicas (scheduled and on-demand runs may meet): 409 otherwise. */
    public StatutDsVue synchroniser(UUID campagneId, String par) {
        service.parametres(campagneId); // 404 / 409 before the lock
        try (VerrouSynchroDs.Verrou v = verrou.prendre(campagneId).orElseThrow(() -> ProblemException.conflict(
                "synchronisation-en-cours", "Une synchronisation de cette campagne est déjà en cours."))) {
            // read under the lock: the run that just finished moved the instant on
            executer(campagneId, service.parametres(campagneId), par);
        }
        return service.statut(campagneId);
    }

    private void executer(UUID campagneId, ParametresSynchro p, String par) {
        Instant debut = clock.instant();
        int vus = 0;
        int crees = 0;
        int misAJour = 0;
        int inchanges = 0;
        List<StatutDsVue.Ignore> ignores = new ArrayList<>();
        String erreur = null;
        Instant depuis = p.depuis() == null ? null : p.depuis().minus(settings.recouvrement());
        String apres = null;
        try {
            do {
                Map<String, Object> variables = new LinkedHashMap<>();
                variables.put("demarche", p.numeroDemarche());
                variables.put("depuis", depuis == null ? null : depuis.toString());
                variables.put("apres", apres);
                variables.put("taille", settings.taillePage());
                JsonNode dossiers = client.executer(p.urlApi(), p.jeton(), Requetes.DOSSIERS, variables)
                        .path("demarche").path("dossiers");
                for (JsonNode noeud : dossiers.path("nodes")) {
                    if (noeud.isNull()) {
                        continue;
                    }
                    vus++;
                    IssueImport issue = traiter(campagneId, noeud, p);
                    switch (issue.type()) {
                        case CREE -> crees++;
                        case MIS_A_JOUR -> misAJour++;
                        case INCHANGE -> inchanges++;
                        case IGNORE -> ignores.add(new StatutDsVue.Ignore(noeud.path("number").isInt()
                                ? noeud.path("number").asInt() : null, issue.raison()));
                    }
                }
                JsonNode page = dossiers.path("pageInfo");
                apres = page.path("hasNextPage").asBoolean(false) ? page.path("endCursor").asText(null) : null;
            } while (apres != null);
        } catch (ErreurDs e) {
            erreur = e.getMessage();
            LOG.warnf("synchronisation DS de la campagne %s interrompue : %s", campagneId, erreur);
        }
        service.enregistrer(campagneId, debut, par, vus, crees, misAJour, inchanges, ignores, erreur);
    }

    private IssueImport traiter(UUID campagneId, JsonNode noeud, ParametresSynchro p) {
        String numero = noeud.path("number").asText("?");
        Correspondance correspondance = p.correspondance();
        try {
            DossierLu lu = LectureDossier.lire(noeud, correspondance, mapper);
            if (importeur.inchange(lu)) {
                return IssueImport.de(IssueImport.Type.INCHANGE);
            }
            if (importeur.semblableAUneReponseDeCorrection(lu)) {
                // This page may have been read before our correction request reached DS (another replica
                // sent it meanwhile): it would pass for the applicant's answer with the old content. A read
                // made now, after the request is known sent, says whether it is pending or answered, and with what.
                JsonNode frais = client.executer(p.urlApi(), p.jeton(), Requetes.DOSSIER_COMPLET, Map.of("numero", lu.numero()))
                        .path("dossier");
                lu = LectureDossier.lire(frais, correspondance, mapper);
            }
            Map<DossierLu.FichierDs, byte[]> contenus = new LinkedHashMap<>();
            if (importeur.contenuAPrendre(lu)) {
                long max = candidatureSettings.pieces().tailleMaxOctets();
                for (DossierLu.FichierDs f : lu.fichiers()) {
                    if (f.taille() > max) {
                        return IssueImport.ignore("pièce « " + f.nom() + " » : " + f.taille() + " octets, au-delà du maximum de "
                                + max + " octets");
                    }
                    if (f.url() == null) {
                        return IssueImport.ignore("pièce « " + f.nom() + " » sans adresse de téléchargement");
                    }
                    contenus.put(f, client.telecharger(f.url(), max));
                }
            }
            return importeur.appliquer(campagneId, lu, contenus);
        } catch (DossierIllisible | ErreurDs e) {
            return IssueImport.ignore(e.getMessage());
        } catch (ProblemException e) {
            return IssueImport.ignore(e.problem().detail());
        } catch (RuntimeException e) {
            // unexpected: logged here with the dossier number, the run goes on with the next dossier
            LOG.errorf(e, "import du dossier DS n° %s impossible", numero);
            return IssueImport.ignore("erreur inattendue à l'import (" + e.getClass().getSimpleName() + ")");
        }
    }
}
