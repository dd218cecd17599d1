package rapport.feedback.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How feedback-service applied a customer's erasure; nothing of the erased data")
public record ErasureRecord(
        UUID customerId,
        @Schema(description = "Team member who erased the customer in customer-service (null if the event did not "
                + "say)", examples = "alice") String erasedBy,
        @Schema(description = "When customer-service erased the customer") Instant erasedAt,
        @Schema(description = "Id of the rapport.customer.erased.v1 event") UUID eventId,
        @Schema(description = "When feedback-service applied it") Instant appliedAt,
        @Schema(description = "How many of each kind of personal data it erased (docs/feedback-service.md)",
                examples = "{\"directoryDetails\": 1, \"comments\": 1, \"invitationsWithdrawn\": 1, "
                        + "\"unsentMails\": 0}")
        Map<String, Long> erased) {

    static ErasureRecord of(ErasureAudit audit) {
        return new ErasureRecord(audit.customerId, audit.erasedBy, audit.erasedAt, audit.eventId, audit.appliedAt,
                audit.erased);
    }
}
