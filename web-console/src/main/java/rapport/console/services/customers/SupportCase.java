package rapport.console.services.customers;

import java.time.Instant;
import java.util.UUID;

/** A case (customer-service's CaseView): one customer issue spanning contacts. */
public record SupportCase(UUID id, UUID customerId, String customerName, CaseStatus status, Category category, UUID openingInteractionId,
        Instant openedAt, Instant resolvedAt, int reopenCount, int resolutionCount, Instant createdAt,
        Instant updatedAt) {

    public boolean complaint() {
        return category == Category.COMPLAINT;
    }
}
