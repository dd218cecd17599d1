package rapport.feedback.directory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/** A customer as feedback-service knows it. The e-mail address is used for invitations, never shown by the API. */
public record DirectoryEntry(UUID customerId, String teamId, String displayName, String kind, boolean surveyConsent,
        boolean erased, Instant registeredAt, @JsonIgnore String email) {

    static DirectoryEntry of(DirectoryCustomer c) {
        return new DirectoryEntry(c.customerId, c.teamId, c.displayName, c.kind, c.surveyConsent, c.erased,
                c.registeredAt, c.email);
    }

    /** Whether the customer may be sent a survey at all. */
    public boolean invitable() {
        return surveyConsent && !erased;
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
