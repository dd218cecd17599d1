package rapport.customer.cases;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import rapport.customer.interactions.Category;
import rapport.customer.interactions.Direction;
import rapport.customer.interactions.Outcome;

/** What the case rules need to know about one interaction of the case. */
public record CaseFact(UUID interactionId, Instant occurredAt, long sequence, Direction direction, Category category,
        Outcome outcome, boolean voided) {

    /**
     * The order of docs/customer-service.md ("Cases"): by {@code occurredAt}, ties broken by the order the
     * interactions were logged.
     */
    public static final Comparator<CaseFact> ORDER =
            Comparator.comparing(CaseFact::occurredAt).thenComparingLong(CaseFact::sequence);
}
