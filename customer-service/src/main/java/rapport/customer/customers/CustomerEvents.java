package rapport.customer.customers;

import rapport.events.customer.CustomerRegistered;
import rapport.events.customer.CustomerUpdated;

/** Payloads of the customer events: the customer's full state at the time. */
final class CustomerEvents {

    private CustomerEvents() {
    }

    static CustomerRegistered registered(Customer c) {
        return new CustomerRegistered(c.id, c.teamId, c.displayName, c.email, c.phone, c.kind.name(),
                nameOrNull(c.valueSegment), nameOrNull(c.preferredChannel), c.surveyConsent, c.createdAt);
    }

    static CustomerUpdated updated(Customer c) {
        return new CustomerUpdated(c.id, c.teamId, c.displayName, c.email, c.phone, c.kind.name(),
                nameOrNull(c.valueSegment), nameOrNull(c.preferredChannel), c.surveyConsent, c.updatedAt);
    }

    private static String nameOrNull(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
