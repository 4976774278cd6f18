package fr.gouv.ptce.candidature.campagne;

import fr.gouv.ptce.commons.concurrence.Versions;
import jakarta.persistence.LockModeType;

import fr.gouv.ptce.candidature.domain.ParametresCampagne;
import fr.gouv.ptce.candidature.domain.ReglesCampagne;
import fr.gouv.ptce.candidature.domain.ViolationRegle;
import fr.gouv.ptce.candidature.web.Problemes;
import fr.gouv.ptce.commons.outbox.Outbox;
import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Campaigns: created and edited by the admin until published, then frozen. */
@ApplicationScoped
@Transactional
public class CampagneService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    public CampagneVue creer(CampagneDemande demande, String acteur) {
        ParametresCampagne p = valider(demande);
        if (Campagne.count("code", demande.code()) > 0) {
            throw ProblemException.conflict("code-deja-utilise", "Une campagne porte déjà le code " + demande.code() + ".");
        }
        Campagne c = new Campagne();
        c.id = UUID.randomUUID();
        c.creeeLe = clock.instant();
        c.creeePar = acteur;
        CampagneMapping.appliquer(c, demande, p);
        c.persist();
        return CampagneMapping.vue(c, clock.instant());
    }

    public CampagneVue modifier(UUID id, CampagneDemande demande, String ifMatch) {
        Campagne c = verrouiller(id);
        Versions.verifier(ifMatch, c.version, true);
        if (c.estPubliee()) {
            throw ProblemException.conflict("campagne-publiee", "La campagne est publiée : elle ne peut plus être modifiée.");
        }
        ParametresCampagne p = valider(demande);
        if (!c.code.equals(demande.code()) && Campagne.count("code", demande.code()) > 0) {
            throw ProblemException.conflict("code-deja-utilise", "Une campagne porte déjà le code " + demande.code() + ".");
        }
        CampagneMapping.appliquer(c, demande, p);
        Campagne.flush(); // the new version (@Version), for the answer's ETag
        return CampagneMapping.vue(c, clock.instant());
    }

    /** Publishing freezes the campaign and tells the other services everything about it, once. */
    public CampagneVue publier(UUID id) {
        Campagne c = trouver(id, true);
        if (c.estPubliee()) {
            throw ProblemException.conflict("campagne-publiee", "La campagne est déjà publiée.");
        }
        c.publieeLe = clock.instant();
        outbox.publish(c.id, CampagneMapping.evenementPubliee(c));
        return CampagneMapping.vue(c, clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CampagneVue lire(UUID id, boolean voitNonPubliees) {
        return CampagneMapping.vue(trouver(id, voitNonPubliees), clock.instant());
    }

    /** Campaigns by code; non-admins see published ones only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CampagneVue> lister(String curseur, int taille, boolean voitNonPubliees) {
        String apres = Curseur.cle(curseur);
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (apres != null) {
            q.append(" and code > :apres");
            params.and("apres", apres);
        }
        if (!voitNonPubliees) {
            q.append(" and publieeLe is not null");
        }
        // range is inclusive: taille + 1 rows tell whether another page follows, without counting.
        List<Campagne> lues = Campagne.<Campagne>find(q.toString(), Sort.by("code"), params).range(0, taille).list();
        Instant maintenant = clock.instant();
        return Page.depuis(lues, taille, c -> CampagneMapping.vue(c, maintenant), c -> Curseur.apres(c.code));
    }

    /** The campaign, its row locked until commit: two admins editing the same draft are served in turn. */
    private Campagne verrouiller(UUID id) {
        Campagne c = Campagne.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw ProblemException.notFound("Aucune campagne " + id + ".");
        }
        return c;
    }

    /** For the application side: a campaign, published or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Campagne trouver(UUID id, boolean voitNonPubliees) {
        Campagne c = Campagne.findById(id);
        if (c == null || (!voitNonPubliees && !c.estPubliee())) {
            throw ProblemException.notFound("Aucune campagne " + id + ".");
        }
        return c;
    }

    private static ParametresCampagne valider(CampagneDemande demande) {
        ParametresCampagne p = CampagneMapping.parametres(demande);
        List<ViolationRegle> violations = ReglesCampagne.verifier(p);
        if (!violations.isEmpty()) {
            throw Problemes.badRequest(violations);
        }
        return ReglesCampagne.avecDefauts(p);
    }
}
