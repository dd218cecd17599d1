package rapport.feedback.invitation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A resolution of one of the customer's cases, as case.resolved announced it, and what "
        + "feedback-service did about it")
public record ResolutionView(
        UUID caseId,
        @Schema(description = "Which resolution of the case (1 = first)", examples = "1") int resolution,
        UUID interactionId,
        @Schema(examples = "alice") String agent,
        @Schema(examples = "PHONE") String channel,
        @Schema(examples = "ENQUIRY") String category,
        Instant resolvedAt,
        InvitationDecision outcome,
        UUID invitationId) {

    static ResolutionView of(CaseResolution r) {
        return new ResolutionView(r.key.caseId, r.key.resolution, r.interactionId, r.agent, r.channel, r.category,
                r.resolvedAt, r.outcome, r.invitationId);
    }
}
