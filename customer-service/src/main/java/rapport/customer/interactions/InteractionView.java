package rapport.customer.interactions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.customer.common.Channel;
import rapport.customer.customers.CustomerView;

public record InteractionView(
        UUID id,
        UUID customerId,
        @Schema(description = CustomerView.NAME_IN_LISTS) String customerName,
        UUID caseId,
        boolean opensCase,
        String agent,
        String loggedBy,
        Instant occurredAt,
        Instant loggedAt,
        long sequence,
        Channel channel,
        Direction direction,
        Category category,
        Outcome outcome,
        String summary,
        Integer durationMinutes,
        List<Technique> techniques,
        boolean voided,
        Instant voidedAt,
        String voidedBy,
        String voidReason) {

    public static InteractionView of(Interaction i) {
        return new InteractionView(i.id, i.customerId, i.customer.displayName, i.caseId, i.opensCase, i.agent,
                i.loggedBy, i.occurredAt, i.loggedAt, i.sequence, i.channel, i.direction, i.category, i.outcome,
                i.summary, i.durationMinutes, i.techniqueList(), i.voided(), i.voidedAt, i.voidedBy, i.voidReason);
    }
}
