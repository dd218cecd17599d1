package rapport.events.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code rapport.customer.erased.v1}: the customer's personal data was erased (right to
 * erasure). Every consumer deletes the personal data it holds about this customer and keeps only
 * anonymous facts.
 */
public record CustomerErased(UUID customerId, String teamId, Instant erasedAt) {
}
