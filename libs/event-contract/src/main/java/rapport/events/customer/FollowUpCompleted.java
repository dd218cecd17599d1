package rapport.events.customer;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code rapport.followup.completed.v1}. */
public record FollowUpCompleted(UUID promiseId, UUID customerId, String teamId, String completedBy,
        Instant completedAt) {
}
