package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.candidature.domain.ActionDs;
import fr.gouv.ptce.candidature.domain.EtatDossierDs;
import fr.gouv.ptce.candidature.domain.Relance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sends the queued write-backs to DS, oldest first, one dossier's in order. A failure is retried with
 * a growing wait, then left in ECHEC with its error (both visible in the campaign's status).
 */
@ApplicationScoped
public class EnvoiEcrituresDs {

    private static final Logger LOG = Logger.getLogger(EnvoiEcrituresDs.class);
    static final String MOTIVATION_PAR_DEFAUT = "Décision rendue sur la plateforme PTCE.";

    @Inject
    Clock clock;

    @Inject
    DemarchesSettings settings;

    @Inject
    ClientDs client;

    @Inject
    ChiffrementJeton chiffrement;

    private record Envoi(UUID id, ActionDs action, String motivation, int tentatives, String dossierId, String etatDs,
                         String urlApi, String jeton, String instructeurId) {
        @Override
        public String toString() {
            return "Envoi[" + id + ", " + action + "]";
        }
    }

    /** Sends what is due; returns how many were sent. */
    public synchronized int envoyer() {
        List<UUID> dues = QuarkusTransaction.requiringNew().call(() -> EcritureDs.<EcritureDs>find(
                        "statut = ?1 and prochaineTentative <= ?2", Sort.by("seq"), EcritureDs.A_ENVOYER, clock.instant())
                .page(0, 100).list().stream().map(e -> e.id).toList());
        Set<Integer> bloques = new HashSet<>();
        int envoyees = 0;
        for (UUID id : dues) {
            Envoi envoi = QuarkusTransaction.requiringNew().call(() -> lire(id));
            if (envoi == null) {
                continue;
            }
            Integer numero = QuarkusTransaction.requiringNew().call(() -> EcritureDs.<EcritureDs>findById(id).numeroDossier);
            if (bloques.contains(numero)) {
                continue; // an earlier write-back of this dossier failed: keep the order
            }
            Optional<String> echec = tenter(envoi);
            if (echec.isEmpty()) {
                envoyees++;
            } else {
                bloques.add(numero);
            }
        }
        return envoyees;
    }

    private Envoi lire(UUID id) {
        EcritureDs e = EcritureDs.findById(id);
        if (e == null || !EcritureDs.A_ENVOYER.equals(e.statut)) {
            return null;
        }
        DossierDsLien lien = DossierDsLien.findById(e.numeroDossier);
        ConfigurationDs c = ConfigurationDs.findById(lien.campagneId);
        return new Envoi(e.id, e.action, e.motivation, e.tentatives, lien.dossierId, lien.etatDs, c.urlApi,
                chiffrement.dechiffrer(c.jetonChiffre), c.instructeurId);
    }

    private Optional<String> tenter(Envoi envoi) {
        String erreur = null;
        String etat = envoi.etatDs();
        try {
            if (envoi.instructeurId() == null || envoi.instructeurId().isBlank()) {
                throw new ErreurDs("instructeurId absent de la configuration : DS exige l'instructeur auteur de la décision");
            }
            if (envoi.action().exigeInstruction() && EtatDossierDs.EN_CONSTRUCTION.valeurDs().equals(etat)) {
                etat = muter(envoi, ActionDs.PASSER_EN_INSTRUCTION);
                String nouvelEtat = etat;
                QuarkusTransaction.requiringNew().run(() -> majEtat(envoi.id(), nouvelEtat));
            }
            if (!(envoi.action() == ActionDs.PASSER_EN_INSTRUCTION && !EtatDossierDs.EN_CONSTRUCTION.valeurDs().equals(etat))) {
                etat = muter(envoi, envoi.action());
            }
        } catch (ErreurDs e) {
            erreur = e.getMessage();
        }
        String etatFinal = etat;
        String erreurFinale = erreur;
        QuarkusTransaction.requiringNew().run(() -> conclure(envoi, etatFinal, erreurFinale));
        return Optional.ofNullable(erreur);
    }

    /** Runs one mutation; its {@code errors} (DS's refusals) are failures too. Returns DS's new state. */
    private String muter(Envoi envoi, ActionDs action) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("dossierId", envoi.dossierId());
        input.put("instructeurId", envoi.instructeurId());
        if (action != ActionDs.PASSER_EN_INSTRUCTION) {
            input.put("motivation", envoi.motivation() == null || envoi.motivation().isBlank()
                    ? MOTIVATION_PAR_DEFAUT : envoi.motivation());
        }
        JsonNode resultat = client.executer(envoi.urlApi(), envoi.jeton(), Requetes.mutation(action), Map.of("input", input))
                .path(action.mutation());
        JsonNode erreurs = resultat.path("errors");
        if (erreurs.isArray() && !erreurs.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            erreurs.forEach(x -> sb.append(sb.length() == 0 ? "" : " ; ").append(x.path("message").asText()));
            throw new ErreurDs(action.mutation() + " refusé par DS : " + sb);
        }
        String etat = resultat.path("dossier").path("state").asText(null);
        return etat != null ? etat : action.etatObtenu().valeurDs();
    }

    private void majEtat(UUID id, String etat) {
        EcritureDs e = EcritureDs.findById(id);
        DossierDsLien lien = DossierDsLien.findById(e.numeroDossier);
        lien.etatDs = etat;
    }

    private void conclure(Envoi envoi, String etat, String erreur) {
        EcritureDs e = EcritureDs.findById(envoi.id());
        Instant maintenant = clock.instant();
        e.tentatives++;
        if (erreur == null) {
            e.statut = EcritureDs.ENVOYEE;
            e.envoyeeLe = maintenant;
            e.derniereErreur = null;
            DossierDsLien lien = DossierDsLien.findById(e.numeroDossier);
            lien.etatDs = etat; // what DS now shows: the next sync sees no change
            return;
        }
        e.derniereErreur = erreur.length() > 1000 ? erreur.substring(0, 1000) : erreur;
        if (e.tentatives >= settings.tentativesEcritureMax()) {
            e.statut = EcritureDs.ECHEC;
            LOG.warnf("report sur DS abandonné après %d tentatives (dossier %d, %s) : %s", e.tentatives, e.numeroDossier,
                    e.action, erreur);
        } else {
            Relance relance = new Relance(settings.tentativesEcritureMax(), settings.attenteInitiale(), Duration.ofHours(1));
            e.prochaineTentative = maintenant.plus(relance.attente(e.tentatives, Optional.empty()));
        }
    }
}
