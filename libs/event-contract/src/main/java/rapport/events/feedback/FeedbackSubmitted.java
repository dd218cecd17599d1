package rapport.events.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code rapport.feedback.submitted.v1}: one survey response. Every score is optional
 * (a response answers at least one question). {@code submittedAt} is when the customer gave it;
 * {@code recordedAt} when it was stored (later for paper or phone feedback a team member entered).
 * The comment is the customer's own words, never linked to their name in any export; it is
 * deleted everywhere when the customer is erased.
 */
public record FeedbackSubmitted(
        UUID responseId,
        UUID customerId,
        String teamId,
        UUID invitationId,
        UUID caseId,
        UUID interactionId,
        String agent,
        String channel,
        String source,
        Instant submittedAt,
        Instant recordedAt,
        Integer csat,
        Integer nps,
        Integer ces,
        Rater rater,
        String comment) {

    /** SERVQUAL/RATER ratings, 1–5 each, any of them may be missing. */
    public record Rater(Integer reliability, Integer assurance, Integer tangibles, Integer empathy,
            Integer responsiveness) {
    }
}
