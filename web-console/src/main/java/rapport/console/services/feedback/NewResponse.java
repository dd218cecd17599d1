package rapport.console.services.feedback;

import java.time.Instant;
import java.util.UUID;

/** Feedback a team member collected: {@code source} PAPER, PHONE, IN_PERSON, EMAIL or OTHER. */
public record NewResponse(String source, Instant submittedAt, UUID customerId, String channel, Answers answers) {
}
