package rapport.console.services.customers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One logged contact (customer-service's InteractionView). */
public record Contact(UUID id, UUID customerId, String customerName, UUID caseId, boolean opensCase, String agent,
        String loggedBy, Instant occurredAt, Instant loggedAt, long sequence, Channel channel, Direction direction,
        Category category, Outcome outcome, String summary, Integer durationMinutes, List<Technique> techniques,
        boolean voided, Instant voidedAt, String voidedBy, String voidReason) {
}
