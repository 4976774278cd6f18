package fr.gouv.ptce.candidature.candidature;

import fr.gouv.ptce.candidature.domain.StatutCandidature;
import fr.gouv.ptce.commons.page.Curseur;
import fr.gouv.ptce.commons.page.Page;
import fr.gouv.ptce.commons.portee.Portee;
import fr.gouv.ptce.commons.security.CurrentUser;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The applications list, newest first, by keyset: "seq < last seq read" with an index ending in
 * seq for every filter, so a page costs the same on page 1 and page 50 000 (no OFFSET). A porteur
 * sees only its own files, whatever filters it sends; staff only those of its territory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CandidatureRecherche {

    public record Filtres(UUID campagne, StatutCandidature statut, String region, String q) {
    }

    @Inject
    CurrentUser user;

    @Inject
    CandidatureAcces acces;

    public Page<CandidatureResume> lister(Filtres f, String curseur, int taille) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (!acces.estLecteurStaff()) {
            where.append(" and porteurSub = :sub");
            p.and("sub", user.sub());
        } else {
            Portee portee = user.portee();
            where.append(" and ").append(portee.condition("region", "regionsPortee"));
            if (portee.aLier()) {
                p.and("regionsPortee", portee.regions());
            }
        }
        if (f.campagne() != null) {
            where.append(" and campagneId = :campagne");
            p.and("campagne", f.campagne());
        }
        if (f.statut() != null) {
            where.append(" and statut = :statut");
            p.and("statut", f.statut());
        }
        if (f.region() != null && !f.region().isBlank()) {
            where.append(" and region = :region");
            p.and("region", f.region().strip());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and recherche like :q");
            p.and("q", "%" + echapper(f.q().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (curseur != null && !curseur.isBlank()) {
            where.append(" and seq < :apres");
            p.and("apres", Curseur.sequence(curseur, 0));
        }
        // range is inclusive: taille + 1 rows say whether a next page exists, without counting.
        List<LigneListe> lues = Candidature.find(where.toString(), Sort.descending("seq"), p)
                .project(LigneListe.class).range(0, taille).list();
        return Page.depuis(lues, taille, LigneListe::resume, l -> Curseur.apres(l.seq()));
    }

    private static String echapper(String texte) {
        return texte.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
