package rapport.kpi.maths;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** One logged interaction as the case derivation needs it. */
public record Contact(UUID id, UUID caseId, Instant occurredAt, Instant loggedAt, long sequence, Direction direction,
        String category, Outcome outcome, String agent, String channel, boolean voided) {

    /**
     * The order of docs/customer-service.md ("Cases"): occurredAt, ties broken by the order they were logged
     * (loggedAt, then sequence).
     */
    public static final Comparator<Contact> ORDER = Comparator.comparing(Contact::occurredAt)
            .thenComparing(Contact::loggedAt).thenComparingLong(Contact::sequence).thenComparing(Contact::id);
}
