package rapport.events.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code rapport.interaction.logged.v1}: one contact with a customer. Carries every fact
 * the KPIs need, so consumers never call customer-service. Consumers order a customer's
 * interactions by {@code occurredAt}, ties broken by {@code loggedAt} then {@code sequence} (a
 * per-service counter that grows with each logged interaction). {@code opensCase} says whether it
 * opened its case when it was logged; consumers recompute openers themselves when backdated
 * contacts or voids change the order. The free-text summary is not carried (personal data).
 */
public record InteractionLogged(
        UUID interactionId,
        UUID customerId,
        String teamId,
        UUID caseId,
        String caseCategory,
        boolean opensCase,
        String agent,
        Instant occurredAt,
        Instant loggedAt,
        long sequence,
        String channel,
        String direction,
        String category,
        String outcome,
        Integer durationMinutes,
        List<String> techniques) {
}
