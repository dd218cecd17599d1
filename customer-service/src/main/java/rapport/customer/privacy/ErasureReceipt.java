package rapport.customer.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The audit entry of one erasure: who, when, the event that told the other services, and counts only. */
@Schema(description = "The record of an erasure; nothing of the erased data")
public record ErasureReceipt(
        UUID customerId,
        @Schema(description = "Team member who erased it", examples = "alice") String erasedBy,
        Instant erasedAt,
        @Schema(description = "Id of the rapport.customer.erased.v1 event the other services erase on")
        UUID eventId,
        @Schema(description = "How many of each kind of personal data were erased (docs/customer-service.md)",
                examples = "{\"customerDetails\": 1, \"contactSummaries\": 4, \"voidReasons\": 1, "
                        + "\"followUpPromises\": 1}")
        Map<String, Long> erased) {

    static ErasureReceipt of(ErasureAudit audit) {
        return new ErasureReceipt(audit.customerId, audit.erasedBy, audit.erasedAt, audit.eventId, audit.erased);
    }
}
