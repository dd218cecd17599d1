package rapport.kpi.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How kpi-service applied a customer's erasure; nothing of the erased data")
public record ErasureRecord(
        UUID customerId,
        @Schema(description = "Team member who erased the customer in customer-service (null if the event did not "
                + "say)", examples = "alice") String erasedBy,
        @Schema(description = "When customer-service erased the customer") Instant erasedAt,
        @Schema(description = "Id of the rapport.customer.erased.v1 event") UUID eventId,
        @Schema(description = "When kpi-service applied it") Instant appliedAt,
        @Schema(description = "How many of each kind of personal data it erased (docs/kpi-service.md)",
                examples = "{\"comments\": 1, \"names\": 1}")
        Map<String, Long> erased) {
}
