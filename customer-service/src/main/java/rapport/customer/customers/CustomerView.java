package rapport.customer.customers;

import java.time.Instant;
import java.util.UUID;
import rapport.customer.common.Channel;

public record CustomerView(
        UUID id,
        String teamId,
        String displayName,
        String email,
        String phone,
        CustomerKind kind,
        ValueSegment valueSegment,
        Channel preferredChannel,
        String needs,
        boolean surveyConsent,
        CustomerStatus status,
        Instant createdAt,
        Instant updatedAt) {

    public static CustomerView of(Customer c) {
        return new CustomerView(c.id, c.teamId, c.displayName, c.email, c.phone, c.kind, c.valueSegment,
                c.preferredChannel, c.needs, c.surveyConsent, c.status, c.createdAt, c.updatedAt);
    }
}
