package rapport.feedback.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import rapport.web.Idempotency;

/**
 * Remembers which resource a create request with an {@code Idempotency-Key} header made, so that a
 * retried POST returns it instead of creating a second one; the same key with a different request
 * is refused (422 {@code idempotency-key-reused}). Keys are scoped per team and kind of resource.
 */
@ApplicationScoped
public class IdempotencyKeys {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    /**
     * Claims {@code key} for the resource {@code newId} about to be created in this transaction.
     * A concurrent request with the same key waits here until the first one commits.
     *
     * @param request the request body, compared with the one the key was first used with
     * @return the id an earlier request with this key created; empty when this request should create
     * @throws rapport.web.ProblemException 400 for a malformed key, 422 when it was first used with a different request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> claim(String teamId, String scope, String key, UUID newId, Object request) {
        if (key == null) {
            return Optional.empty();
        }
        Idempotency.requireValid(key);
        String hash = Idempotency.fingerprint(json(request));
        int inserted = em.createNativeQuery("""
                insert into idempotency_key (team_id, scope, idem_key, resource_id, created_at, request_hash)
                values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                .setParameter(1, teamId).setParameter(2, scope).setParameter(3, key).setParameter(4, newId)
                .setParameter(5, clock.instant()).setParameter(6, hash)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        Object[] earlier = (Object[]) em.createNativeQuery("""
                select resource_id, request_hash from idempotency_key
                where team_id = ?1 and scope = ?2 and idem_key = ?3""")
                .setParameter(1, teamId).setParameter(2, scope).setParameter(3, key).getSingleResult();
        if (earlier[1] != null && !hash.equals(earlier[1])) {
            throw Idempotency.reused();
        }
        return Optional.of((UUID) earlier[0]);
    }

    private String json(Object request) {
        try {
            return mapper.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + request.getClass(), e);
        }
    }
}
