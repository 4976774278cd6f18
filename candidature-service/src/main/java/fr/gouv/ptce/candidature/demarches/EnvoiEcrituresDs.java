package fr.gouv.ptce.candidature.demarches;

import com.fasterxml.jackson.databind.JsonNode;
import fr.gouv.ptce.candidature.candidature.Candidature;
import fr.gouv.ptce.candidature.candidature.Historique;
import fr.gouv.ptce.candidature.domain.ActionDs;
import fr.gouv.ptce.candidature.domain.EtatDossierDs;
import fr.gouv.ptce.commons.valeurs.Reessai;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends the queued write-backs to DS, oldest first, one dossier's in order, from any number of
 * replicas. Each row is claimed in a short transaction ({@code FOR UPDATE SKIP LOCKED}, then a lease
 * of {@code bail-ecriture}): no other replica sends it meanwhile. Every mutation carries the row's id
 * as DS's {@code clientMutationId}. A row claimed again (a failure before, or the lease of a replica
 * that died) is first checked on DS — state reached, or our message already in the dossier — so that
 * a mutation whose answer was lost is not applied twice. A failure is retried with a growing wait,
 * then left in ECHEC with its error (both visible in the campaign's status).
 */
@ApplicationScoped
public class EnvoiEcrituresDs {

    private static final Logger LOG = Logger.getLogger(EnvoiEcrituresDs.class);
    static final String MOTIVATION_PAR_DEFAUT = "Décision rendue sur la plateforme PTCE.";
    /** DS's CorrectionReason for our requests: « Le dossier n'est pas valide et nécessite une correction ». */
    static final String RAISON_CORRECTION = "incorrect";
    private static final String ACTEUR = "Démarches Simplifiées (report de la plateforme)";

    @Inject
    Clock clock;

    @Inject
    DemarchesSettings settings;

    @Inject
    ClientDs client;

    @Inject
    ChiffrementJeton chiffrement;

    @Inject
    EntityManager em;

    @Inject
    Historique historique;

    /** This replica, as written in the rows it claims. */
    private final String moi = hote() + "/" + UUID.randomUUID();

    private record Envoi(UUID id, UUID candidatureId, ActionDs action, String motivation, int numero, String dossierId,
                         String etatDs, String urlApi, String jeton, String instructeurId, boolean aVerifier) {
        @Override
        public String toString() { // the token stays out of logs
            return "Envoi[" + id + ", " + action + ", dossier " + numero + "]";
        }
    }

    /** Sends what is due and not claimed elsewhere; returns how many were sent. */
    public int envoyer() {
        int envoyees = 0;
        for (int i = 0; i < 100; i++) {
            Envoi envoi = QuarkusTransaction.requiringNew().call(this::reserver);
            if (envoi == null) {
                break;
            }
            if (tenter(envoi).isEmpty()) {
                envoyees++;
            }
        }
        return envoyees;
    }

    /** Claims the oldest due row whose dossier has no older row still to send. */
    private Envoi reserver() {
        Instant maintenant = clock.instant();
        Instant reel = Instant.now(); // the lease is transport time, not the business clock
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("""
                        select e.id from ds_ecriture e
                        where e.statut = 'A_ENVOYER' and e.prochaine_tentative <= ?1
                          and (e.reservee_jusqu_a is null or e.reservee_jusqu_a < ?2)
                          and not exists (select 1 from ds_ecriture p where p.numero_dossier = e.numero_dossier
                                          and p.statut = 'A_ENVOYER' and p.seq < e.seq)
                        order by e.seq limit 1 for update of e skip locked""")
                .setParameter(1, maintenant).setParameter(2, reel).getResultList();
        if (ids.isEmpty()) {
            return null;
        }
        EcritureDs e = EcritureDs.findById(ids.get(0) instanceof UUID u ? u : UUID.fromString(ids.get(0).toString()));
        e.reserveePar = moi;
        e.reserveeJusquA = reel.plus(settings.bailEcriture());
        e.reservations++;
        DossierDsLien lien = DossierDsLien.findById(e.numeroDossier);
        ConfigurationDs c = ConfigurationDs.findById(lien.campagneId);
        return new Envoi(e.id, e.candidatureId, e.action, e.motivation, e.numeroDossier, lien.dossierId, lien.etatDs,
                c.urlApi, chiffrement.dechiffrer(c.jetonChiffre), c.instructeurId, e.reservations > 1);
    }

    private Optional<String> tenter(Envoi envoi) {
        String erreur = null;
        String etat = envoi.etatDs();
        try {
            if (envoi.instructeurId() == null || envoi.instructeurId().isBlank()) {
                throw new ErreurDs("instructeurId absent de la configuration : DS exige l'instructeur auteur de la décision");
            }
            boolean fait = false;
            if (envoi.aVerifier()) {
                JsonNode dossier = client.executer(envoi.urlApi(), envoi.jeton(), Requetes.DOSSIER,
                        Map.of("numero", envoi.numero())).path("dossier");
                etat = dossier.path("state").asText(etat);
                fait = dejaFait(envoi, dossier);
            }
            if (!fait) {
                etat = envoyerSurDs(envoi, etat);
            }
        } catch (ErreurDs e) {
            erreur = e.getMessage();
        }
        String etatFinal = etat;
        String erreurFinale = erreur;
        QuarkusTransaction.requiringNew().run(() -> conclure(envoi, etatFinal, erreurFinale));
        return Optional.ofNullable(erreur);
    }

    private String envoyerSurDs(Envoi envoi, String etat) {
        String construction = EtatDossierDs.EN_CONSTRUCTION.valeurDs();
        if (envoi.action().exigeInstruction() && construction.equals(etat)) {
            String nouvel = muter(envoi, ActionDs.PASSER_EN_INSTRUCTION, etat, envoi.id() + "/instruction");
            QuarkusTransaction.requiringNew().run(() -> majEtat(envoi.numero(), nouvel));
            etat = nouvel;
        }
        if (envoi.action() == ActionDs.PASSER_EN_INSTRUCTION && !construction.equals(etat)) {
            return etat; // already there (a DS agent, or our earlier send): nothing to ask
        }
        return muter(envoi, envoi.action(), etat, envoi.id().toString());
    }

    /** After an uncertain earlier send: does DS already show what this row asks? */
    private static boolean dejaFait(Envoi envoi, JsonNode dossier) {
        if (envoi.action().estUnMessage()) {
            String reference = MessagesDs.REFERENCE + envoi.id();
            for (JsonNode m : dossier.path("messages")) {
                if (m.path("body").asText("").contains(reference)) {
                    return true;
                }
            }
            return false;
        }
        return envoi.action().etatObtenu().valeurDs().equals(dossier.path("state").asText());
    }

    /** Runs one mutation; its {@code errors} (DS's refusals) are failures too. Returns DS's new state. */
    private String muter(Envoi envoi, ActionDs action, String etat, String clientMutationId) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("clientMutationId", clientMutationId);
        input.put("dossierId", envoi.dossierId());
        input.put("instructeurId", envoi.instructeurId());
        if (action.estUnMessage()) {
            input.put("body", MessagesDs.avecReference(envoi.motivation(), envoi.id()));
            // a correction request reopens the dossier on DS; an ineligibility notice needs to only if a DS
            // agent has put it "en instruction" (the applicant could not change it otherwise)
            if (action == ActionDs.DEMANDER_CORRECTION || EtatDossierDs.EN_INSTRUCTION.valeurDs().equals(etat)) {
                input.put("correction", RAISON_CORRECTION);
            }
        } else if (action != ActionDs.PASSER_EN_INSTRUCTION) {
            input.put("motivation", envoi.motivation() == null || envoi.motivation().isBlank()
                    ? MOTIVATION_PAR_DEFAUT : envoi.motivation());
        }
        JsonNode resultat = client.muter(envoi.urlApi(), envoi.jeton(), Requetes.mutation(action), Map.of("input", input))
                .path(action.mutation());
        JsonNode erreurs = resultat.path("errors");
        if (erreurs.isArray() && !erreurs.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            erreurs.forEach(x -> sb.append(sb.length() == 0 ? "" : " ; ").append(x.path("message").asText()));
            throw new ErreurDs(action.mutation() + " refusé par DS : " + sb);
        }
        if (action.estUnMessage()) {
            return input.containsKey("correction") ? EtatDossierDs.EN_CONSTRUCTION.valeurDs() : etat;
        }
        String nouvel = resultat.path("dossier").path("state").asText(null);
        return nouvel != null ? nouvel : action.etatObtenu().valeurDs();
    }

    private void majEtat(int numero, String etat) {
        DossierDsLien lien = DossierDsLien.findById(numero);
        lien.etatDs = etat;
    }

    private void conclure(Envoi envoi, String etat, String erreur) {
        EcritureDs e = EcritureDs.findById(envoi.id());
        if (!moi.equals(e.reserveePar)) {
            LOG.warnf("report sur DS %s : bail repris par %s pendant l'envoi (bail-ecriture trop court ?)", envoi, e.reserveePar);
        }
        if (!EcritureDs.A_ENVOYER.equals(e.statut)) {
            return; // concluded by the replica that took the lease over
        }
        Instant maintenant = clock.instant();
        e.reserveePar = null;
        e.reserveeJusquA = null;
        e.tentatives++;
        if (erreur == null) {
            e.statut = EcritureDs.ENVOYEE;
            e.envoyeeLe = maintenant;
            e.derniereErreur = null;
            DossierDsLien lien = DossierDsLien.findById(e.numeroDossier);
            lien.etatDs = etat; // what DS now shows: the next sync sees no change
            noterDansLHistorique(e, lien, maintenant);
            return;
        }
        e.derniereErreur = erreur.length() > 1000 ? erreur.substring(0, 1000) : erreur;
        if (e.tentatives >= settings.tentativesEcritureMax()) {
            e.statut = EcritureDs.ECHEC;
            LOG.warnf("report sur DS abandonné après %d tentatives (dossier %d, %s) : %s", e.tentatives, e.numeroDossier,
                    e.action, erreur);
        } else {
            Reessai relance = new Reessai(settings.tentativesEcritureMax(), settings.attenteInitiale(), Duration.ofHours(1));
            e.prochaineTentative = maintenant.plus(relance.delai(e.tentatives));
        }
    }

    /** The messages concern the applicant's side of the file: its history says they went out. */
    private void noterDansLHistorique(EcritureDs e, DossierDsLien lien, Instant maintenant) {
        if (!e.action.estUnMessage()) {
            return;
        }
        Candidature c = Candidature.findById(e.candidatureId);
        if (e.action == ActionDs.DEMANDER_CORRECTION) {
            lien.correctionEnvoyeeLe = maintenant;
            lien.correctionEnAttenteDs = true; // as DS now shows it: the next sync sees no change until answered
            historique.noter(c, c.statut, c.statut, ACTEUR, maintenant, "Demande de corrections transmise au demandeur sur "
                    + "Démarches Simplifiées (dossier n° " + e.numeroDossier + " repassé en construction)");
        } else {
            historique.noter(c, c.statut, c.statut, ACTEUR, maintenant, "Conditions non remplies signalées au demandeur sur "
                    + "Démarches Simplifiées (dossier n° " + e.numeroDossier + ")");
        }
    }

    private static String hote() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "inconnu";
        }
    }
}
