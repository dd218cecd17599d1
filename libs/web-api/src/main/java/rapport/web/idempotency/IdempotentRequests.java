package rapport.web.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import javax.sql.DataSource;
import rapport.web.Idempotency;
import rapport.web.RetryOnConflict;

/**
 * The {@code Idempotency-Key} of POST requests, for every service. The key is claimed (a row per team and
 * key) in the same transaction as the change, with a hash of the request; the response is stored in that
 * row. A retry with the same key and request gets the stored response (marked {@value #REPLAYED_HEADER})
 * and changes nothing; the same key with another request is a 422. A concurrent retry waits on the claim
 * and then gets the stored response. Failed requests store nothing (their transaction rolls back), so the
 * key can be used again. Keys expire after {@code rapport.web.idempotency.retention} ({@link IdempotencyPurge}).
 */
@ApplicationScoped
@RetryOnConflict
public class IdempotentRequests {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /**
     * Runs {@code action} (which returns the response to send) once per key.
     *
     * @param route   what the request addresses (method, path and query), part of what must match on a retry
     * @param request the request body (may be null)
     */
    @Transactional
    public Response run(String teamId, String key, String route, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        Idempotency.requireValid(key);
        String hash = Idempotency.fingerprint(route, json(request));
        try (Connection connection = dataSource.getConnection()) {
            if (!claim(connection, teamId, key, hash)) {
                return replay(connection, teamId, key, hash);
            }
            Response response = action.get();
            try (PreparedStatement store = connection.prepareStatement("""
                    update idempotency_request set status = ?, location = ?, body = ?
                    where team_id = ? and idempotency_key = ?""")) {
                store.setInt(1, response.getStatus());
                store.setString(2, response.getLocation() == null ? "" : response.getLocation().toString());
                Object entity = response.getEntity();
                store.setString(3, json(entity instanceof Replayable replayable ? replayable.replayed() : entity));
                store.setString(4, teamId);
                store.setString(5, key);
                store.executeUpdate();
            }
            return response;
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep the Idempotency-Key of a request", e);
        }
    }

    private boolean claim(Connection connection, String teamId, String key, String hash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into idempotency_request (team_id, idempotency_key, request_hash, created_at)
                values (?, ?, ?, ?) on conflict do nothing""")) {
            insert.setString(1, teamId);
            insert.setString(2, key);
            insert.setString(3, hash);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            return insert.executeUpdate() == 1;
        }
    }

    private static Response replay(Connection connection, String teamId, String key, String hash)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select request_hash, status, location, body from idempotency_request
                where team_id = ? and idempotency_key = ?""")) {
            query.setString(1, teamId);
            query.setString(2, key);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                if (!hash.equals(row.getString(1))) {
                    throw Idempotency.reused();
                }
                Response.ResponseBuilder replayed = Response.status(row.getInt(2)).header(REPLAYED_HEADER, "true");
                String location = row.getString(3);
                if (location != null && !location.isEmpty()) {
                    replayed.header(HttpHeaders.LOCATION, location);
                }
                String body = row.getString(4);
                if (body != null && !body.isEmpty()) {
                    replayed.type(MediaType.APPLICATION_JSON).entity(body);
                }
                return replayed.build();
            }
        }
    }

    /** The route part of a request's identity: method, path and query. */
    public static String route(String method, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return method + " " + uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }

    /** Deletes stored responses that mention {@code text} (used on erasure: they may hold personal data). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetResponsesMentioning(String teamId, String text) {
        update("delete from idempotency_request where team_id = ? and strpos(body, ?) > 0", teamId, text);
    }

    /** Deletes the keys claimed before {@code cutoff}; returns how many. */
    @Transactional
    public int forgetClaimedBefore(Instant cutoff) {
        return update("delete from idempotency_request where created_at < ?", Timestamp.from(cutoff));
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the Idempotency-Keys", e);
        }
    }

    private String json(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return text;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }
}
