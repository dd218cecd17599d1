package rapport.events.customer;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code rapport.case.reopened.v1}: the case went from RESOLVED back to OPEN. */
public record CaseReopened(UUID caseId, UUID customerId, String teamId, UUID reopeningInteractionId,
        Instant reopenedAt, int reopenCount) {
}
