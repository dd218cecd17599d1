package rapport.feedback.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import rapport.events.customer.CustomerErased;
import rapport.events.customer.CustomerRegistered;
import rapport.events.customer.CustomerUpdated;
import rapport.messaging.keys.DataKeys;
import rapport.web.ProblemException;

/**
 * Keeps the directory in step with customer events; answers who a customer is without calling
 * customer-service. An erased customer stays as a tombstone without personal data, so that a late
 * or replayed registration cannot bring the data back. Name and e-mail address are kept as the events carried
 * them, protected with the customer's data key, and decrypted on use ({@link DirectoryEntry}).
 */
@ApplicationScoped
public class CustomerDirectory {

    @Inject
    DataKeys keys;

    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(CustomerRegistered event, Instant eventTime) {
        DirectoryCustomer customer = findOrNew(event.customerId(), event.registeredAt());
        apply(customer, event.teamId(), event.displayName(), event.email(), event.kind(), event.surveyConsent(),
                eventTime);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(CustomerUpdated event, Instant eventTime) {
        DirectoryCustomer customer = findOrNew(event.customerId(), event.updatedAt());
        apply(customer, event.teamId(), event.displayName(), event.email(), event.kind(), event.surveyConsent(),
                eventTime);
    }

    /** Forgets the customer's name, e-mail address and data key; the entry stays, marked erased. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(CustomerErased event, Instant eventTime) {
        DirectoryCustomer customer = findOrNew(event.customerId(), event.erasedAt());
        customer.teamId = event.teamId();
        customer.kind = customer.kind == null ? "EXTERNAL" : customer.kind;
        customer.displayName = null;
        customer.email = null;
        customer.surveyConsent = false;
        customer.erased = true;
        customer.updatedAt = eventTime;
        customer.persist();
        keys.forget(event.customerId());
    }

    public DirectoryEntry get(String teamId, UUID customerId) {
        return find(teamId, customerId).orElseThrow(() -> ProblemException.notFound("customer", customerId));
    }

    /** The customer if this team knows it (erased customers included). */
    public Optional<DirectoryEntry> find(String teamId, UUID customerId) {
        return DirectoryCustomer.findInTeam(teamId, customerId).map(c -> DirectoryEntry.of(c, keys));
    }

    /** The customer in whichever team it belongs to. */
    public Optional<DirectoryEntry> find(UUID customerId) {
        return DirectoryCustomer.<DirectoryCustomer>findByIdOptional(customerId).map(c -> DirectoryEntry.of(c, keys));
    }

    private static DirectoryCustomer findOrNew(UUID customerId, Instant firstSeen) {
        return DirectoryCustomer.<DirectoryCustomer>findByIdOptional(customerId).orElseGet(() -> {
            DirectoryCustomer customer = new DirectoryCustomer();
            customer.customerId = customerId;
            customer.registeredAt = firstSeen;
            return customer;
        });
    }

    private static void apply(DirectoryCustomer customer, String teamId, String displayName, String email,
            String kind, boolean surveyConsent, Instant eventTime) {
        customer.teamId = teamId;
        customer.kind = kind;
        customer.updatedAt = eventTime;
        if (!customer.erased) {
            customer.displayName = displayName;
            customer.email = email;
            customer.surveyConsent = surveyConsent;
        }
        customer.persist();
    }
}
