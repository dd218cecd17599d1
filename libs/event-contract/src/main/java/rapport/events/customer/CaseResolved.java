package rapport.events.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code rapport.case.resolved.v1}: the case's status became RESOLVED. {@code resolution}
 * counts the times it did (1 the first time, 2 after one reopen, ...), so a consumer can act once
 * per resolution (feedback-service invites the customer to a survey).
 */
public record CaseResolved(UUID caseId, UUID customerId, String teamId, String category, UUID resolvingInteractionId,
        String agent, String channel, Instant resolvedAt, int resolution) {
}
