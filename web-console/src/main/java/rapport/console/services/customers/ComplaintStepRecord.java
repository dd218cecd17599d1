package rapport.console.services.customers;

import java.time.Instant;
import java.util.UUID;

/** A complaint-handling step taken on a complaint case, and when. */
public record ComplaintStepRecord(UUID id, UUID caseId, ComplaintStep step, String agent, Instant at,
        Instant recordedAt) {
}
