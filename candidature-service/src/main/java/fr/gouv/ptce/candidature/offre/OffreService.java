package fr.gouv.ptce.candidature.offre;

import fr.gouv.ptce.candidature.domain.Places;
import fr.gouv.ptce.candidature.domain.StatutInscription;
import fr.gouv.ptce.candidature.domain.TypeOffre;
import fr.gouv.ptce.candidature.structure.LaureatPhase1;
import fr.gouv.ptce.commons.outbox.Outbox;
import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The service offer for PTCE émergents. Seats are counted on the session's row under a pessimistic
 * lock: concurrent registrations queue on it, so the count never exceeds the capacity; the waiting
 * list is the order of arrival (seq).
 */
@ApplicationScoped
@Transactional
public class OffreService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    public OffreVue publier(NouvelleOffre n) {
        if (n.type() == TypeOffre.INDIVIDUEL && n.heuresParStructure() == null) {
            throw ProblemException.badRequest("heuresParStructure", "obligatoire pour une offre INDIVIDUEL");
        }
        if (n.type() == TypeOffre.COLLECTIF) {
            if (n.debut() == null) {
                throw ProblemException.badRequest("debut", "obligatoire pour une session COLLECTIF");
            }
            if (n.capacite() == null) {
                throw ProblemException.badRequest("capacite", "obligatoire pour une session COLLECTIF");
            }
            if (blanc(n.lieu()) && blanc(n.lien())) {
                throw ProblemException.badRequest("lieu", "un lieu ou un lien est obligatoire pour une session COLLECTIF");
            }
        }
        Offre o = new Offre();
        o.id = UUID.randomUUID();
        o.type = n.type();
        o.theme = n.theme();
        o.titre = n.titre().trim();
        o.description = n.description();
        o.heuresParStructure = n.type() == TypeOffre.INDIVIDUEL ? n.heuresParStructure() : null;
        o.debut = n.type() == TypeOffre.COLLECTIF ? n.debut().toInstant() : null;
        o.lieu = n.lieu();
        o.lien = n.lien();
        o.capacite = n.type() == TypeOffre.COLLECTIF ? n.capacite() : null;
        o.publieeLe = clock.instant();
        o.persist();
        return OffreVue.de(o);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OffreVue> lister(String curseur, int taille) {
        long apres = Curseur.sequence(curseur, 0);
        List<Offre> lues = Offre.<Offre>find("seq > ?1 order by seq", apres).range(0, taille).list();
        return Page.depuis(lues, taille, OffreVue::de, o -> Curseur.apres(o.seq));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OffreVue lire(UUID id) {
        return OffreVue.de(offre(id, false));
    }

    public InscriptionVue inscrire(UUID offreId, String siret, String porteurSub) {
        Offre o = offre(offreId, true);
        LaureatPhase1 l = laureatDe(siret, porteurSub);
        if (o.type != TypeOffre.COLLECTIF) {
            throw ProblemException.conflict("offre-individuelle", "L'offre « " + o.titre
                    + " » est un accompagnement individuel : demandez des heures (POST …/demandes), sans inscription.");
        }
        if (Inscription.count("offreId = ?1 and siret = ?2 and statut <> ?3", offreId, siret, StatutInscription.ANNULEE) > 0) {
            throw ProblemException.conflict("deja-inscrit", "La structure " + siret + " est déjà inscrite à cette session.");
        }
        Instant maintenant = clock.instant();
        Inscription i = new Inscription();
        i.id = UUID.randomUUID();
        i.offreId = offreId;
        i.siret = siret;
        i.porteurSub = porteurSub;
        i.statut = Places.inscrire(o.inscrits, o.capacite);
        i.inscriteLe = maintenant;
        i.modifieeLe = maintenant;
        if (i.statut == StatutInscription.INSCRIT) {
            o.inscrits++;
        }
        i.persist();
        Integer rangAttente = i.statut == StatutInscription.EN_ATTENTE
                ? (int) Inscription.count("offreId = ?1 and statut = ?2", offreId, StatutInscription.EN_ATTENTE) + 1 : null;
        outbox.publish(o.id, EvenementsInscription.enregistree(o, i, l, rangAttente, maintenant));
        return InscriptionVue.de(i);
    }

    /** The owner or the admin cancels; a seat freed goes to the first in the waiting list. */
    public InscriptionVue annuler(UUID offreId, UUID inscriptionId, String appelant, boolean admin) {
        Offre o = offre(offreId, true);
        Inscription i = Inscription.findById(inscriptionId);
        if (i == null || !i.offreId.equals(offreId) || (!admin && !i.porteurSub.equals(appelant))) {
            throw ProblemException.notFound("Aucune inscription " + inscriptionId + " à cette session parmi les vôtres.");
        }
        if (i.statut == StatutInscription.ANNULEE) {
            throw ProblemException.conflict("deja-annulee", "Cette inscription est déjà annulée.");
        }
        Instant maintenant = clock.instant();
        StatutInscription precedent = i.statut;
        i.statut = precedent.vers(StatutInscription.ANNULEE);
        i.modifieeLe = maintenant;
        outbox.publish(o.id, EvenementsInscription.annulee(o, i, LaureatPhase1.findById(i.siret), precedent, appelant,
                maintenant));
        if (precedent == StatutInscription.INSCRIT) {
            o.inscrits--;
            Inscription premier = Inscription.<Inscription>find("offreId = ?1 and statut = ?2 order by seq", offreId,
                    StatutInscription.EN_ATTENTE).firstResult();
            if (premier != null && o.inscrits < o.capacite) {
                premier.statut = premier.statut.vers(StatutInscription.INSCRIT);
                premier.modifieeLe = maintenant;
                o.inscrits++;
                outbox.publish(o.id, EvenementsInscription.promue(o, premier, LaureatPhase1.findById(premier.siret),
                        maintenant));
            }
        }
        return InscriptionVue.de(i);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InscriptionVue> inscriptions(UUID offreId) {
        offre(offreId, false);
        return Inscription.<Inscription>find("offreId = ?1 order by seq", offreId).list().stream().map(InscriptionVue::de).toList();
    }

    /** Individual coaching: hours counted against the offer's allowance per structure, under the offer's lock. */
    public DemandeVue demander(UUID offreId, NouvelleDemande n, String porteurSub) {
        Offre o = offre(offreId, true);
        laureatDe(n.siret(), porteurSub);
        if (o.type != TypeOffre.INDIVIDUEL) {
            throw ProblemException.conflict("offre-collective", "L'offre « " + o.titre + " » est une session collective : inscrivez-vous.");
        }
        int deja = ((Number) DemandeAccompagnement.getEntityManager().createQuery(
                        "select coalesce(sum(d.heures), 0) from DemandeAccompagnement d where d.offreId = :o and d.siret = :s")
                .setParameter("o", offreId).setParameter("s", n.siret()).getSingleResult()).intValue();
        int restantes = Places.heuresRestantes(o.heuresParStructure, deja);
        if (n.heures() > restantes) {
            throw ProblemException.conflict("heures-insuffisantes", "heures : " + n.heures() + " demandées, "
                    + restantes + " restantes sur l'allocation de " + o.heuresParStructure + " h de la structure " + n.siret() + ".");
        }
        DemandeAccompagnement d = new DemandeAccompagnement();
        d.id = UUID.randomUUID();
        d.offreId = offreId;
        d.siret = n.siret();
        d.porteurSub = porteurSub;
        d.heures = n.heures();
        d.objet = n.objet();
        d.demandeeLe = clock.instant();
        d.persist();
        return new DemandeVue(d.id, offreId, d.siret, d.heures, restantes - d.heures, d.demandeeLe);
    }

    /**
     * Only the porteur of a phase-1 lauréat's application may use the offer for it. A structure the
     * caller has never applied for is answered 404, whether it is someone else's lauréat or not: a
     * porteur must not learn anything about another's structure. The reason (403) is given only for
     * the caller's own structures.
     */
    private LaureatPhase1 laureatDe(String siret, String porteurSub) {
        LaureatPhase1 l = LaureatPhase1.findById(siret);
        boolean sienne = l != null && porteurSub.equals(l.porteurSub)
                || fr.gouv.ptce.candidature.candidature.Candidature.count("porteurSub = ?1 and siret = ?2", porteurSub, siret) > 0;
        if (!sienne) {
            throw ProblemException.notFound("Aucune structure " + siret + " parmi vos candidatures.");
        }
        if (l == null) {
            throw ProblemException.forbidden("L'offre de services est réservée aux PTCE émergents : la structure " + siret
                    + " n'est pas lauréate de la phase 1.");
        }
        if (l.porteurSub == null || !l.porteurSub.equals(porteurSub)) {
            throw ProblemException.forbidden("L'offre de services est réservée au porteur de la candidature lauréate de la structure "
                    + siret + " : vous ne l'êtes pas.");
        }
        return l;
    }

    private static Offre offre(UUID id, boolean verrou) {
        Offre o = verrou ? Offre.findById(id, LockModeType.PESSIMISTIC_WRITE) : Offre.findById(id);
        if (o == null) {
            throw ProblemException.notFound("Aucune offre de services " + id + ".");
        }
        return o;
    }

    private static boolean blanc(String s) {
        return s == null || s.isBlank();
    }
}
