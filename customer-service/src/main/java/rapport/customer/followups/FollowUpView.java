package rapport.customer.followups;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.customer.customers.CustomerView;

public record FollowUpView(UUID id, UUID customerId,
        @Schema(description = CustomerView.NAME_IN_LISTS) String customerName, UUID interactionId, UUID caseId,
        String agent, String promise, String promisedTo, Instant promisedAt, Instant dueAt, Instant completedAt,
        String completedBy, boolean overdue) {

    public static FollowUpView of(FollowUp f, Instant now) {
        return new FollowUpView(f.id, f.customerId, f.customer.displayName, f.interactionId, f.caseId, f.agent,
                f.promise, f.promisedTo, f.promisedAt, f.dueAt, f.completedAt, f.completedBy,
                !f.completed() && f.dueAt.isBefore(now));
    }
}
