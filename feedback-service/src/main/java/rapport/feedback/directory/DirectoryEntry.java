package rapport.feedback.directory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;
import rapport.events.PersonalDataFields;
import rapport.messaging.keys.DataKeys;

/**
 * A customer as feedback-service knows it. The e-mail address is used for invitations, never shown by the API. The
 * name and address are stored as the events carried them (protected) and decrypted here, on use: absent while the
 * customer's key has not arrived yet, and for good once it was shredded (docs/erasure.md).
 */
public record DirectoryEntry(UUID customerId, String teamId, String displayName, String kind, boolean surveyConsent,
        boolean erased, Instant registeredAt, @JsonIgnore String email, @JsonIgnore boolean detailsPending) {

    static DirectoryEntry of(DirectoryCustomer c, DataKeys keys) {
        String name = keys.reveal(c.customerId, PersonalDataFields.DISPLAY_NAME, c.displayName).orElse(null);
        String email = keys.reveal(c.customerId, PersonalDataFields.EMAIL, c.email).orElse(null);
        boolean pending = !c.erased && (name == null && c.displayName != null || email == null && c.email != null);
        return new DirectoryEntry(c.customerId, c.teamId, name, c.kind, c.surveyConsent, c.erased, c.registeredAt,
                email, pending);
    }

    /** Whether the customer may be sent a survey at all. */
    public boolean invitable() {
        return surveyConsent && !erased;
    }

    /**
     * Whether the stored name or address cannot be read yet: the customer's key, published before the event that
     * carried them, has not reached this service's copy of the keys (docs/erasure.md, "Order").
     */
    public boolean detailsPending() {
        return detailsPending;
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
