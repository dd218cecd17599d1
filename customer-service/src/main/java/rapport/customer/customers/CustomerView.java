package rapport.customer.customers;

import java.time.Instant;
import java.util.UUID;
import rapport.customer.common.Channel;
import rapport.customer.common.PersonalData;

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

    /** How the lists of cases, contacts and promises describe their {@code customerName}. */
    public static final String NAME_IN_LISTS = "The customer's displayName, read with the list; " + PersonalData.ERASED
            + " once the customer's data was erased";

    public static CustomerView of(Customer c) {
        return new CustomerView(c.id, c.teamId, c.displayName, c.email, c.phone, c.kind, c.valueSegment,
                c.preferredChannel, c.needs, c.surveyConsent, c.status, c.createdAt, c.updatedAt);
    }
}
