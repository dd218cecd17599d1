package rapport.customer.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import rapport.events.EventType;
import rapport.events.customer.CustomerRegistered;
import rapport.messaging.outbox.OutboxWriter;
import rapport.web.ProblemException;

@ApplicationScoped
public class CustomerService {

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    @Transactional
    public CustomerView register(String teamId, NewCustomer request) {
        Customer customer = Customer.register(teamId, request, clock.instant());
        customer.persist();
        outbox.publish(EventType.CUSTOMER_REGISTERED, customer.id, teamId, new CustomerRegistered(
                customer.id, teamId, customer.displayName, customer.email, customer.phone, customer.kind.name(),
                nameOrNull(customer.valueSegment), nameOrNull(customer.preferredChannel), customer.surveyConsent,
                customer.createdAt));
        return CustomerView.of(customer);
    }

    private static String nameOrNull(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public CustomerView get(String teamId, UUID customerId) {
        return Customer.findInTeam(teamId, customerId).map(CustomerView::of)
                .orElseThrow(() -> ProblemException.notFound("customer", customerId));
    }
}
