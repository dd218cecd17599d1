package rapport.console.services.feedback;

import java.time.Instant;
import java.util.UUID;

/** A survey response (feedback-service's ResponseView); {@code source} is SURVEY_LINK, PAPER, PHONE, ... */
public record SurveyResponse(UUID id, UUID customerId, UUID invitationId, UUID caseId, UUID interactionId,
        String agent, String channel, String source, Instant submittedAt, Instant recordedAt, String recordedBy,
        Answers answers) {
}
