package rapport.events.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code rapport.customer.registered.v1}. Carries the contact details feedback-service
 * needs to send survey invitations; {@code rapport.customer.erased.v1} tells every consumer to
 * forget them.
 */
public record CustomerRegistered(
        UUID customerId,
        String teamId,
        String displayName,
        String email,
        String phone,
        String kind,
        String valueSegment,
        String preferredChannel,
        boolean surveyConsent,
        Instant registeredAt) {
}
