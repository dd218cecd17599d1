package rapport.customer.cases;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.customer.customers.CustomerView;
import rapport.customer.interactions.Category;

@Schema(description = "A case as its non-voided interactions, in occurredAt order, define it")
public record CaseView(
        UUID id,
        UUID customerId,
        @Schema(description = CustomerView.NAME_IN_LISTS) String customerName,
        CaseStatus status,
        @Schema(description = "Category of the opening interaction") Category category,
        UUID openingInteractionId,
        @Schema(description = "occurredAt of the opening interaction") Instant openedAt,
        @Schema(description = "Resolution time: occurredAt of the first interaction that set RESOLVED") Instant resolvedAt,
        @Schema(description = "Changes from RESOLVED back to OPEN in the case's history") int reopenCount,
        @Schema(description = "Changes to RESOLVED in the case's history") int resolutionCount,
        Instant createdAt,
        Instant updatedAt) {

    public static CaseView of(SupportCase c) {
        return new CaseView(c.id, c.customerId, c.customer.displayName, c.status, c.category, c.openingInteractionId,
                c.openedAt, c.firstResolvedAt, c.reopenCount, c.resolutionCount, c.createdAt, c.updatedAt);
    }
}
