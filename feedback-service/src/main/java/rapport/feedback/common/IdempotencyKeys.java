package rapport.feedback.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import rapport.web.ProblemException;

/**
 * Remembers which resource a create request with an {@code Idempotency-Key} header made, so that a
 * retried POST returns it instead of creating a second one; the same key with a different request
 * is refused (422 {@code idempotency-key-reused}). Keys are scoped per team and kind of resource.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 200;

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
     * @throws ProblemException 422 when the key was first used with a different request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> claim(String teamId, String scope, String key, UUID newId, Object request) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_LENGTH) {
            throw ProblemException.invalidField(HEADER, "must be 1-" + MAX_LENGTH + " characters");
        }
        String hash = fingerprint(request);
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
            throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency key reused",
                    "this Idempotency-Key was already used with a different request; use a new key", HEADER);
        }
        return Optional.of((UUID) earlier[0]);
    }

    private String fingerprint(Object request) {
        try {
            byte[] json = mapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
