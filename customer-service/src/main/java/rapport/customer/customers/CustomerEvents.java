package rapport.customer.customers;

import rapport.events.PersonalDataFields;
import rapport.events.customer.CustomerRegistered;
import rapport.events.customer.CustomerUpdated;
import rapport.personaldata.DataKey;
import rapport.personaldata.FieldCipher;

/**
 * Payloads of the customer events: the customer's full state at the time, the name and contact details protected
 * with the customer's data key (docs/erasure.md).
 */
final class CustomerEvents {

    private CustomerEvents() {
    }

    static CustomerRegistered registered(Customer c, DataKey key) {
        return new CustomerRegistered(c.id, c.teamId, protect(key, c, PersonalDataFields.DISPLAY_NAME, c.displayName),
                protect(key, c, PersonalDataFields.EMAIL, c.email), protect(key, c, PersonalDataFields.PHONE, c.phone),
                c.kind.name(), nameOrNull(c.valueSegment), nameOrNull(c.preferredChannel), c.surveyConsent,
                c.createdAt);
    }

    static CustomerUpdated updated(Customer c, DataKey key) {
        return new CustomerUpdated(c.id, c.teamId, protect(key, c, PersonalDataFields.DISPLAY_NAME, c.displayName),
                protect(key, c, PersonalDataFields.EMAIL, c.email), protect(key, c, PersonalDataFields.PHONE, c.phone),
                c.kind.name(), nameOrNull(c.valueSegment), nameOrNull(c.preferredChannel), c.surveyConsent,
                c.updatedAt);
    }

    private static String protect(DataKey key, Customer c, String field, String value) {
        return FieldCipher.protect(key, c.id, field, value);
    }

    private static String nameOrNull(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
