package rapport.console.services.feedback;

import java.time.Instant;
import java.util.UUID;

/** A new invitation and its survey link (null when an Idempotency-Key replay returns an earlier one). */
public record IssuedInvitation(Invitation invitation, String link) {

    /** The invitation as feedback-service shows it. */
    public record Invitation(UUID id, UUID customerId, String delivery, String status, Instant expiresAt) {
    }
}
