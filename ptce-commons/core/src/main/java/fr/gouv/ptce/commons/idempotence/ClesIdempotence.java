package fr.gouv.ptce.commons.idempotence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.ptce.commons.problem.Problem;
import fr.gouv.ptce.commons.problem.ProblemException;
import fr.gouv.ptce.commons.problem.ProblemResponses;
import fr.gouv.ptce.commons.problem.Violation;
import fr.gouv.ptce.commons.time.TransportClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The {@code idempotence} table of a service, for the keys the HTTP layer claims
 * ({@link CleIdempotenceFilter}): each statement commits on its own (the claim must be visible to a
 * concurrent retry, whatever becomes of the work). A claim without an answer is a request still
 * running; one older than {@link #ABANDON} belonged to an instance that died before answering and
 * may be claimed again.
 */
@ApplicationScoped
public class ClesIdempotence {

    /** How long a claim without an answer is taken for a request still running. */
    static final Duration ABANDON = Duration.ofMinutes(2);

    record Revendication(String appelant, String cle) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    @TransportClock
    Clock clock;

    /** Null when the key is now this request's; otherwise the answer to give instead of running it. */
    Response revendiquer(String appelant, String cle, String operation) {
        if (cle.isBlank() || cle.length() > 200) {
            throw ProblemException.badRequest(Idempotence.EN_TETE, "1 à 200 caractères");
        }
        Instant maintenant = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            if (executer(c, """
                    insert into idempotence (appelant, cle, operation, creee_le) values (?, ?, ?, ?)
                    on conflict do nothing""", appelant, cle, operation, Timestamp.from(maintenant)) == 1) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select operation, statut_http, corps, location, creee_le from idempotence where appelant = ? and cle = ?")) {
                ps.setString(1, appelant);
                ps.setString(2, cle);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return revendiquer(appelant, cle, operation); // purged meanwhile: claim it afresh
                    }
                    if (!operation.equals(rs.getString(1))) {
                        throw reutilisee(rs.getString(1));
                    }
                    if (rs.getObject(2) != null) {
                        return rejouer(rs.getInt(2), rs.getString(3), rs.getString(4));
                    }
                    Timestamp depuis = rs.getTimestamp(5);
                    if (depuis.toInstant().isBefore(maintenant.minus(ABANDON)) && executer(c, """
                            update idempotence set creee_le = ? where appelant = ? and cle = ? and statut_http is null
                              and creee_le = ?""", Timestamp.from(maintenant), appelant, cle, depuis) == 1) {
                        return null;
                    }
                    return enCours();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Clé d'idempotence impossible à revendiquer", e);
        }
    }

    /** Keeps a successful answer for the retries; forgets the claim of a failed one, so a retry runs afresh. */
    void terminer(Revendication r, int statut, Object corps, String location) {
        try (Connection c = dataSource.getConnection()) {
            if (statut / 100 == 2) {
                executer(c, "update idempotence set statut_http = ?, corps = ?, location = ? where appelant = ? and cle = ?",
                        statut, json(corps), location, r.appelant(), r.cle());
            } else {
                executer(c, "delete from idempotence where appelant = ? and cle = ? and statut_http is null",
                        r.appelant(), r.cle());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Réponse idempotente impossible à conserver", e);
        }
    }

    /** The 422 of a key already used for {@code operation}, another one than asked now. */
    static ProblemException reutilisee(String operation) {
        return ProblemException.unprocessable("cle-idempotence-reutilisee",
                "Cette clé d'idempotence a déjà servi pour une autre opération.",
                List.of(new Violation(Idempotence.EN_TETE, "clé déjà utilisée pour " + operation)));
    }

    /** The kept answer, given again: its status, JSON body and Location, marked as replayed. */
    static Response rejouer(int statut, String corps, String location) {
        Response.ResponseBuilder b = Response.status(statut).header(Idempotence.REJOUE, "true");
        if (corps != null) {
            b.entity(corps).type(MediaType.APPLICATION_JSON);
        }
        if (location != null) {
            b.location(URI.create(location));
        }
        return b.build();
    }

    private static Response enCours() {
        Response r = ProblemResponses.of(Problem.of(409, "requete-en-cours", "Requête en cours",
                "Une requête avec cette clé d'idempotence est encore en cours : réessayez dans un instant pour obtenir sa réponse."));
        return Response.fromResponse(r).header("Retry-After", "1").build();
    }

    private String json(Object corps) {
        if (corps == null) {
            return null;
        }
        try {
            return corps instanceof String s ? s : mapper.writeValueAsString(corps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int executer(Connection c, String sql, Object... valeurs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < valeurs.length; i++) {
                ps.setObject(i + 1, valeurs[i]);
            }
            return ps.executeUpdate();
        }
    }
}
