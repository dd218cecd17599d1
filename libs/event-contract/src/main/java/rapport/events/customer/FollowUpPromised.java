package rapport.events.customer;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code rapport.followup.promised.v1}. What was promised (free text) is not carried. */
public record FollowUpPromised(UUID promiseId, UUID customerId, String teamId, UUID interactionId, UUID caseId,
        String agent, Instant promisedAt, Instant dueAt) {
}
