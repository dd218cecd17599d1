package rapport.console.services.customers;

import java.time.Instant;
import java.util.UUID;

/** A follow-up promise (customer-service's FollowUpView). */
public record FollowUp(UUID id, UUID customerId, String customerName, UUID interactionId, UUID caseId, String agent,
        String promise, String promisedTo, Instant promisedAt, Instant dueAt, Instant completedAt, String completedBy,
        boolean overdue) {
}
