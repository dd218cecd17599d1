package rapport.customer.privacy;

import java.time.Instant;
import java.util.UUID;

/** The audit entry of one erasure. */
public record ErasureReceipt(UUID customerId, String erasedBy, Instant erasedAt) {

    static ErasureReceipt of(ErasureAudit audit) {
        return new ErasureReceipt(audit.customerId, audit.erasedBy, audit.erasedAt);
    }
}
