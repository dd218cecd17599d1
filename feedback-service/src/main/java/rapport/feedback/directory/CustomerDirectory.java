package rapport.feedback.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import rapport.events.customer.CustomerRegistered;
import rapport.web.ProblemException;

/** Keeps the directory in step with customer events; answers who a customer is without calling customer-service. */
@ApplicationScoped
public class CustomerDirectory {

    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(CustomerRegistered event, Instant eventTime) {
        DirectoryCustomer customer = DirectoryCustomer.<DirectoryCustomer>findByIdOptional(event.customerId())
                .orElseGet(DirectoryCustomer::new);
        if (customer.customerId == null) {
            customer.customerId = event.customerId();
            customer.registeredAt = event.registeredAt();
        }
        customer.teamId = event.teamId();
        customer.displayName = event.displayName();
        customer.email = event.email();
        customer.kind = event.kind();
        customer.surveyConsent = event.surveyConsent();
        customer.updatedAt = eventTime;
        customer.persist();
    }

    public DirectoryEntry get(String teamId, UUID customerId) {
        return DirectoryCustomer.findInTeam(teamId, customerId).map(DirectoryEntry::of)
                .orElseThrow(() -> ProblemException.notFound("customer", customerId));
    }
}
