package rapport.feedback.response;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.feedback.common.Channel;

@Schema(description = "A survey response")
public record ResponseView(
        @Schema(examples = "8c7b6a59-4e3d-4c2b-9a1f-0e9d8c7b6a59") UUID id,
        UUID customerId,
        UUID invitationId,
        UUID caseId,
        UUID interactionId,
        @Schema(examples = "alice") String agent,
        Channel channel,
        Source source,
        @Schema(description = "When the customer gave it") Instant submittedAt,
        @Schema(description = "When it was stored") Instant recordedAt,
        @Schema(description = "Team member who recorded it (null for answers through the link)", examples = "alice")
        String recordedBy,
        Answers answers) {

    static ResponseView of(SurveyResponse r) {
        return new ResponseView(r.id, r.customerId, r.invitationId, r.caseId, r.interactionId, r.agent, r.channel,
                r.source, r.submittedAt, r.recordedAt, r.recordedBy, r.answers());
    }
}
