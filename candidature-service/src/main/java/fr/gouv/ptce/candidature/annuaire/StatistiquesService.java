package fr.gouv.ptce.candidature.annuaire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics per edition and région. The edition of an application is the year its campaign opened
 * (Europe/Paris); the edition of a PTCE is that of its directory row. Envelopes committed and paid
 * belong to financement-service and are not computed here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatistiquesService {

    private record Cle(Integer edition, String region) {
    }

    @Inject
    EntityManager em;

    public List<Statistiques> calculer(Integer edition, String region) {
        Map<Cle, Map<String, Long>> candidatures = new TreeMap<>(ORDRE);
        String annee = "cast(extract(year from k.ouverture at time zone 'Europe/Paris') as integer)";
        List<Object[]> lignes = requete("select " + annee + ", c.region, c.statut, count(*) "
                + "from candidature c join campagne k on k.id = c.campagne_id where c.statut <> 'BROUILLON'",
                annee, "c.region", edition, region);
        for (Object[] l : lignes) {
            candidatures.computeIfAbsent(new Cle((Integer) l[0], (String) l[1]), k -> new TreeMap<>())
                    .put((String) l[2], ((Number) l[3]).longValue());
        }
        Map<Cle, Map<String, Long>> laureats = new TreeMap<>(ORDRE);
        List<Object[]> ptce = requete("select annee, region, phase, count(*) from annuaire_ptce where true",
                "annee", "region", edition, region);
        for (Object[] l : ptce) {
            laureats.computeIfAbsent(new Cle((Integer) l[0], (String) l[1]), k -> new TreeMap<>())
                    .put((String) l[2], ((Number) l[3]).longValue());
        }
        TreeMap<Cle, Boolean> cles = new TreeMap<>(ORDRE);
        candidatures.keySet().forEach(k -> cles.put(k, true));
        laureats.keySet().forEach(k -> cles.put(k, true));
        List<Statistiques> resultat = new ArrayList<>();
        for (Cle k : cles.keySet()) {
            resultat.add(new Statistiques(k.edition(), k.region(), candidatures.getOrDefault(k, Map.of()),
                    laureats.getOrDefault(k, Map.of())));
        }
        return resultat;
    }

    // Filters added only when given: a null parameter has no SQL type to bind.
    @SuppressWarnings("unchecked")
    private List<Object[]> requete(String debut, String colonneEdition, String colonneRegion, Integer edition, String region) {
        StringBuilder sql = new StringBuilder(debut);
        if (edition != null) {
            sql.append(" and ").append(colonneEdition).append(" = :edition");
        }
        if (region != null) {
            sql.append(" and ").append(colonneRegion).append(" = :region");
        }
        var q = em.createNativeQuery(sql.append(" group by 1, 2, 3").toString());
        if (edition != null) {
            q.setParameter("edition", edition);
        }
        if (region != null) {
            q.setParameter("region", region);
        }
        return q.getResultList();
    }

    // Unknown edition or région (an imported PTCE without year) sorts last rather than failing.
    private static final Comparator<Cle> ORDRE = Comparator
            .comparing(Cle::edition, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparing(Cle::region, Comparator.nullsLast(Comparator.<String>naturalOrder()));

}
