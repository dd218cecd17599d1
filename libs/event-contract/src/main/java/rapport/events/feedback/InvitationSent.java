package rapport.events.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code rapport.invitation.sent.v1}: a survey invitation became available to the
 * customer, by e-mail ({@code delivery} EMAIL) or as a link a team member passes on (LINK).
 * {@code caseId}, {@code interactionId}, {@code agent} and {@code channel} say what it is about,
 * where known.
 */
public record InvitationSent(UUID invitationId, UUID customerId, String teamId, UUID caseId, UUID interactionId,
        String agent, String channel, String delivery, Instant sentAt, Instant expiresAt) {
}
