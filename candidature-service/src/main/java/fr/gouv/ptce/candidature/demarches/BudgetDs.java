package fr.gouv.ptce.candidature.demarches;

import fr.gouv.ptce.commons.verrous.VerrouConsultatif;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;

/**
 * DS's request budget per token (400 a minute), shared by every replica: each request is counted in
 * PostgreSQL before it leaves, under a transaction-scoped advisory lock on the token's print, over a
 * sliding window measured with the database's clock (one clock for all replicas). The window is a
 * minute plus {@link #MARGE}, so that a request counted just before it leaves and one counted a
 * minute later cannot arrive at DS less than a minute apart.
 */
@ApplicationScoped
public class BudgetDs {

    static final Duration MARGE = Duration.ofSeconds(1);
    private static final String FENETRE = "interval '61 seconds'";

    @Inject
    EntityManager em;

    /** Zero when the request is counted and may leave; otherwise how long to wait before asking again. */
    public Duration reserver(String empreinteJeton, int maxParMinute) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select cast(pg_advisory_xact_lock(" + VerrouConsultatif.BUDGET_DS.sql("?1") + ") as text)")
                    .setParameter(1, VerrouConsultatif.BUDGET_DS.texte(empreinteJeton)).getSingleResult();
            Object[] fenetre = (Object[]) em.createNativeQuery("select count(*), cast(extract(epoch from (min(envoyee_le) + "
                            + FENETRE + " - clock_timestamp())) * 1000 as bigint) from ds_requete where jeton = ?1 and envoyee_le > clock_timestamp() - "
                            + FENETRE)
                    .setParameter(1, empreinteJeton).getSingleResult();
            long comptees = ((Number) fenetre[0]).longValue();
            if (comptees >= maxParMinute) {
                return Duration.ofMillis(Math.max(1, ((Number) fenetre[1]).longValue()));
            }
            em.createNativeQuery("insert into ds_requete (jeton, envoyee_le) values (?1, clock_timestamp())")
                    .setParameter(1, empreinteJeton).executeUpdate();
            // what left the window is of no use any more (indexed on jeton, envoyee_le: a few rows at most)
            em.createNativeQuery("delete from ds_requete where jeton = ?1 and envoyee_le < clock_timestamp() - interval '2 minutes'")
                    .setParameter(1, empreinteJeton).executeUpdate();
            return Duration.ZERO;
        });
    }
}
