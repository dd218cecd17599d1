package rapport.customer.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.function.Supplier;
import rapport.web.Idempotency;

/**
 * Honours the {@code Idempotency-Key} header of POST requests. The key is claimed (a row per team
 * and key) in the same transaction as the change, with a hash of the request; the response is
 * stored in that row. A retry with the same key and request gets the stored response and changes
 * nothing; the same key with another request is a 422. A concurrent retry waits on the claim and
 * then gets the stored response. Failed requests store nothing (their transaction rolls back), so
 * the key can be used again.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

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
        EntityManager em = Panache.getEntityManager();
        int claimed = em.createNativeQuery("""
                insert into idempotency_record (team_id, idempotency_key, request_hash, created_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, teamId).setParameter(2, key).setParameter(3, hash)
                .setParameter(4, clock.instant()).executeUpdate();
        if (claimed == 0) {
            return replay(em, teamId, key, hash);
        }
        Response response = action.get();
        em.createNativeQuery("""
                update idempotency_record set status = ?1, location = ?2, body = ?3
                where team_id = ?4 and idempotency_key = ?5""")
                .setParameter(1, response.getStatus())
                .setParameter(2, response.getLocation() == null ? "" : response.getLocation().toString())
                .setParameter(3, json(response.getEntity()))
                .setParameter(4, teamId).setParameter(5, key).executeUpdate();
        return response;
    }

    private Response replay(EntityManager em, String teamId, String key, String hash) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select request_hash, status, location, body from idempotency_record
                where team_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, teamId).setParameter(2, key).getSingleResult();
        if (!hash.equals(row[0])) {
            throw Idempotency.reused();
        }
        Response.ResponseBuilder replayed = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (!isEmpty(row[2])) {
            replayed.header(HttpHeaders.LOCATION, row[2]);
        }
        if (!isEmpty(row[3])) {
            replayed.type(MediaType.APPLICATION_JSON).entity(row[3]);
        }
        return replayed.build();
    }

    private static boolean isEmpty(Object column) {
        return column == null || column.toString().isEmpty();
    }

    /** The route part of a request's identity: method, path and query. */
    public static String route(String method, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return method + " " + uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }

    /** Deletes stored responses that mention {@code text} (used on erasure: they may hold personal data). */
    public void forgetResponsesMentioning(String teamId, String text) {
        Panache.getEntityManager().createNativeQuery(
                "delete from idempotency_record where team_id = ?1 and strpos(body, ?2) > 0")
                .setParameter(1, teamId).setParameter(2, text).executeUpdate();
    }

    private String json(Object value) {
        if (value == null) {
            return "";
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }
}
