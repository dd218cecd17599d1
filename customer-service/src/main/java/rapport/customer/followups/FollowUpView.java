package rapport.customer.followups;

import java.time.Instant;
import java.util.UUID;

public record FollowUpView(UUID id, UUID customerId, UUID interactionId, UUID caseId, String agent, String promise,
        String promisedTo, Instant promisedAt, Instant dueAt, Instant completedAt, String completedBy,
        boolean overdue) {

    public static FollowUpView of(FollowUp f, Instant now) {
        return new FollowUpView(f.id, f.customerId, f.interactionId, f.caseId, f.agent, f.promise, f.promisedTo,
                f.promisedAt, f.dueAt, f.completedAt, f.completedBy, !f.completed() && f.dueAt.isBefore(now));
    }
}
