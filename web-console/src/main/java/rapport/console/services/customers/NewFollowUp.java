package rapport.console.services.customers;

import java.time.Instant;
import java.util.UUID;

/** A follow-up promise made in a contact. */
public record NewFollowUp(String promise, String promisedTo, Instant dueAt, UUID interactionId) {
}
