package rapport.events.customer;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code rapport.complaint.step-recorded.v1}: one of ACKNOWLEDGE, APOLOGISE, ACT, ASSURE. */
public record ComplaintStepRecorded(UUID caseId, UUID customerId, String teamId, String step, String agent,
        Instant recordedAt) {
}
