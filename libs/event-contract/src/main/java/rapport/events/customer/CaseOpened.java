package rapport.events.customer;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code rapport.case.opened.v1}: an interaction that named no case opened this one. */
public record CaseOpened(UUID caseId, UUID customerId, String teamId, String category, UUID openingInteractionId,
        Instant openedAt) {
}
