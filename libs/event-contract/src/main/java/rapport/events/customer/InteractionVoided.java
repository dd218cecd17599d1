package rapport.events.customer;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code rapport.interaction.voided.v1}: the interaction leaves every KPI (it stays on record). */
public record InteractionVoided(UUID interactionId, UUID customerId, String teamId, UUID caseId, String voidedBy,
        Instant voidedAt) {
}
