package rapport.events.customer;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code rapport.customer.updated.v1}: the customer's state after the change (all fields). */
public record CustomerUpdated(
        UUID customerId,
        String teamId,
        String displayName,
        String email,
        String phone,
        String kind,
        String valueSegment,
        String preferredChannel,
        boolean surveyConsent,
        Instant updatedAt) {
}
