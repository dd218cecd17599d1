package rapport.console.services.customers;

import java.time.Instant;
import java.util.UUID;

/** A customer as customer-service shows it. {@code status} is ACTIVE or ERASED. */
public record Customer(UUID id, String displayName, String email, String phone, CustomerKind kind,
        ValueSegment valueSegment, Channel preferredChannel, String needs, boolean surveyConsent, String status,
        Instant createdAt, Instant updatedAt) {

    public boolean erased() {
        return "ERASED".equals(status);
    }
}
