package rapport.feedback.invitation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A survey mail queued for the customer and not sent yet (its text, which holds the survey "
        + "link, is never shown)")
public record UnsentMail(
        UUID invitationId,
        @Schema(examples = "ada@example.org") String recipient,
        Instant queuedAt,
        @Schema(description = "When the next attempt to send it is due") Instant nextAttemptAt,
        @Schema(description = "When its link expires: the mail is dropped then") Instant expiresAt,
        @Schema(description = "Attempts so far", examples = "0") int attempts) {
}
