package rapport.feedback.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import rapport.web.ProblemException;

/**
 * Remembers which resource a create request with an {@code Idempotency-Key} header made, so that a
 * retried POST returns it instead of creating a second one. Keys are scoped per team and kind of resource.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Claims {@code key} for the resource {@code newId} about to be created in this transaction.
     * A concurrent request with the same key waits here until the first one commits.
     *
     * @return the id an earlier request with this key created; empty when this request should create
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> claim(String teamId, String scope, String key, UUID newId) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_LENGTH) {
            throw ProblemException.invalidField(HEADER, "must be 1-" + MAX_LENGTH + " characters");
        }
        int inserted = em.createNativeQuery("""
                insert into idempotency_key (team_id, scope, idem_key, resource_id, created_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, teamId).setParameter(2, scope).setParameter(3, key).setParameter(4, newId)
                .setParameter(5, clock.instant())
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of((UUID) em.createNativeQuery(
                "select resource_id from idempotency_key where team_id = ?1 and scope = ?2 and idem_key = ?3")
                .setParameter(1, teamId).setParameter(2, scope).setParameter(3, key).getSingleResult());
    }
}
