package fr.gouv.ptce.commons.idempotence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.time.TransportClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Idempotency-Key: the key is claimed in the same transaction as the work it protects. A retry
 * of a request still running waits on the key's row (PostgreSQL blocks the second insert until the
 * first commits) and then replays the stored answer; if the first attempt failed, nothing was kept
 * (the claim rolled back with the work) and the retry runs afresh. A key is scoped to its caller;
 * reusing it for another operation is refused (422). The other POSTs get the same rules from the
 * HTTP layer ({@link CleIdempotenceFilter}); a resource calls this itself where the claim must
 * commit with the work or not at all (a submission on deadline day). Keys are kept a day
 * ({@link PurgeIdempotence}).
 */
@ApplicationScoped
public class Idempotence {

    public static final String EN_TETE = "Idempotency-Key";
    public static final String REJOUE = "Idempotent-Replayed";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    @TransportClock
    Clock clock;

    @Transactional
    public Response executer(String appelant, String cle, String operation, Supplier<ReponseEnregistree> travail) {
        if (cle == null || cle.isBlank()) {
            return enReponse(travail.get());
        }
        if (cle.length() > 200) {
            throw ProblemException.badRequest(EN_TETE, "200 caractères au plus");
        }
        int revendiquee = em.createNativeQuery("""
                        insert into idempotence (appelant, cle, operation, creee_le) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                .setParameter(1, appelant).setParameter(2, cle).setParameter(3, operation)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        if (revendiquee == 0) {
            return rejouer(appelant, cle, operation);
        }
        ReponseEnregistree reponse = travail.get();
        em.flush();
        em.createNativeQuery("update idempotence set statut_http = ?1, corps = ?2, location = ?3 where appelant = ?4 and cle = ?5")
                .setParameter(1, reponse.statut()).setParameter(2, json(reponse.corps()))
                .setParameter(3, reponse.location() == null ? null : reponse.location().toString())
                .setParameter(4, appelant).setParameter(5, cle).executeUpdate();
        return enReponse(reponse);
    }

    private Response rejouer(String appelant, String cle, String operation) {
        @SuppressWarnings("unchecked")
        List<Object[]> lignes = em.createNativeQuery(
                        "select operation, statut_http, corps, location from idempotence where appelant = ?1 and cle = ?2")
                .setParameter(1, appelant).setParameter(2, cle).getResultList();
        Object[] ligne = lignes.get(0);
        if (!operation.equals(ligne[0])) {
            throw ClesIdempotence.reutilisee((String) ligne[0]);
        }
        return ClesIdempotence.rejouer(((Number) ligne[1]).intValue(), (String) ligne[2], (String) ligne[3]);
    }

    private static Response enReponse(ReponseEnregistree r) {
        Response.ResponseBuilder b = Response.status(r.statut()).entity(r.corps()).type(MediaType.APPLICATION_JSON);
        if (r.location() != null) {
            b.location(r.location());
        }
        return b.build();
    }

    private String json(Object corps) {
        try {
            return mapper.writeValueAsString(corps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
