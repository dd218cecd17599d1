package rapport.console.services.customers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contact to log; no {@code caseId} opens a new case. */
public record NewContact(UUID caseId, Instant occurredAt, Channel channel, Direction direction, Category category,
        Outcome outcome, String summary, Integer durationMinutes, List<Technique> techniques) {
}
