package rapport.console.services.customers;

import java.time.Instant;
import java.util.UUID;

/** The audit entry of one erasure. */
public record ErasureReceipt(UUID customerId, String erasedBy, Instant erasedAt) {
}
