package rapport.feedback.invitation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.feedback.common.Channel;

@Schema(description = "A survey invitation (its link is never shown again after it was issued)")
public record InvitationView(
        @Schema(examples = "0b9d7f3a-1c2e-4d5f-8a6b-7c8d9e0f1a2b") UUID id,
        @Schema(examples = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b") UUID customerId,
        UUID caseId,
        @Schema(description = "Which resolution of the case it follows (1 = first)", examples = "1") Integer resolution,
        UUID interactionId,
        @Schema(examples = "alice") String agent,
        Channel channel,
        Origin origin,
        Delivery delivery,
        @Schema(description = "Team member who created it by hand", examples = "alice") String createdBy,
        Instant sentAt,
        Instant expiresAt,
        Instant answeredAt,
        InvitationStatus status) {

    static InvitationView of(Invitation i, Instant now) {
        return new InvitationView(i.id, i.customerId, i.caseId, i.resolution, i.interactionId, i.agent, i.channel,
                i.origin, i.delivery, i.createdBy, i.sentAt, i.expiresAt, i.answeredAt, i.status(now));
    }
}
