package fr.gouv.ptce.financement.campagne;

import fr.gouv.ptce.commons.inbox.RejectedEventException;
import fr.gouv.ptce.events.CampagnePubliee;
import fr.gouv.ptce.events.Phase;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.financement.audit.Audit;
import fr.gouv.ptce.financement.domain.Echeancier;
import fr.gouv.ptce.financement.domain.EcheancierInapplicableException;
import fr.gouv.ptce.financement.domain.ModeleEcheance;
import fr.gouv.ptce.financement.domain.SoldeEnveloppe;
import fr.gouv.ptce.financement.domain.StatutReversement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/** Envelopes: opened from {@code campagne.publiee}, read by the gestionnaire and the committee. */
@ApplicationScoped
@Transactional
public class EnveloppeService {

    private static final Logger LOG = Logger.getLogger(EnveloppeService.class);

    @Inject
    Audit audit;

    /** Runs inside the inbox's transaction. A campaign is immutable once published: a second copy changes nothing. */
    public void ouvrir(CampagnePubliee d) {
        if (d.phase() != Phase.PHASE_2) {
            return; // phase-1 campaigns fund nothing
        }
        UUID campagneId = d.campagneId();
        if (Enveloppe.findById(campagneId) != null) {
            LOG.infof("Campagne %s déjà connue : publication ignorée", campagneId);
            return;
        }
        if (d.enveloppeCentimes() == null) {
            throw new RejectedEventException("campagne de phase 2 sans enveloppe (enveloppeCentimes absent)");
        }
        List<ModeleEcheance> modele;
        try {
            modele = ModeleJson.echeancier(d.echeancier());
            Echeancier.rapportsAttendus(modele, ModeleJson.rapports(d.rapports()));
            Long parLaureat = d.montantParLaureatCentimes();
            if (parLaureat != null && parLaureat > 0) {
                Echeancier.repartir(parLaureat, modele); // refuse now a template that can never apply
            }
        } catch (IllegalArgumentException | EcheancierInapplicableException ex) {
            throw new RejectedEventException("échéancier de la campagne inapplicable : " + ex.getMessage());
        }
        Enveloppe env = new Enveloppe();
        env.campagneId = campagneId;
        env.code = d.code();
        env.libelle = d.libelle();
        env.appliquer(new SoldeEnveloppe(d.enveloppeCentimes(), 0, 0));
        env.montantParLaureatCentimes = d.montantParLaureatCentimes();
        env.dureeMois = d.dureeMois();
        env.maxLaureats = d.maxLaureats();
        env.modeleEcheancier = ModeleJson.ecrire(d.echeancier());
        env.modeleRapports = ModeleJson.ecrire(d.rapports());
        env.publieeLe = d.publieeLe();
        env.ouverture = d.ouverture();
        env.persist();
        audit.noter("enveloppe", campagneId, "OUVERTURE", "systeme:campagne.publiee", null, env.solde());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EnveloppeVue lire(UUID campagneId) {
        Enveloppe env = Enveloppe.findById(campagneId);
        if (env == null) {
            throw ProblemException.notFound("Aucune enveloppe pour la campagne " + campagneId
                    + " (campagne inconnue ou de phase 1).");
        }
        // Named in JPQL, not imported: the agreements' package already depends on this one.
        List<Object[]> sommes = Enveloppe.getEntityManager().createQuery("""
                select r.statut, sum(r.montantCentimes) from Reversement r, Convention c
                where c.id = r.conventionId and c.campagneId = :campagne group by r.statut""", Object[].class)
                .setParameter("campagne", campagneId).getResultList();
        long demandes = 0;
        long recouvre = 0;
        for (Object[] ligne : sommes) {
            StatutReversement statut = (StatutReversement) ligne[0];
            long somme = ((Number) ligne[1]).longValue();
            if (statut.enCours()) {
                demandes += somme;
            } else if (statut == StatutReversement.RECOUVRE) {
                recouvre += somme;
            }
        }
        return EnveloppeVue.de(env, demandes, recouvre);
    }
}
