package rapport.events.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code rapport.customer.erased.v1}: the customer's personal data was erased (right to
 * erasure). Every consumer deletes the personal data it holds about this customer and keeps only
 * anonymous facts, and records in its own erasure audit who asked ({@code erasedBy}, the team member's
 * user name; absent in events published before it was added) and when.
 */
public record CustomerErased(UUID customerId, String teamId, Instant erasedAt, String erasedBy) {

    /** An erasure whose requester is not named (as in events published before {@code erasedBy} existed). */
    public CustomerErased(UUID customerId, String teamId, Instant erasedAt) {
        this(customerId, teamId, erasedAt, null);
    }
}
