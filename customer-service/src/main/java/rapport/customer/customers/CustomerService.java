package rapport.customer.customers;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import rapport.customer.common.Filters;
import rapport.customer.common.Pages;
import rapport.events.EventType;
import rapport.messaging.keys.DataKeys;
import rapport.messaging.outbox.OutboxWriter;
import rapport.web.Page;
import rapport.web.PageParams;
import rapport.web.ProblemException;
import rapport.web.RetryOnConflict;

@ApplicationScoped
@RetryOnConflict
public class CustomerService {

    @Inject
    OutboxWriter outbox;

    @Inject
    DataKeys keys;

    @Inject
    Clock clock;

    @Transactional
    public CustomerView register(String teamId, CustomerDetails details, boolean allowDuplicate) {
        if (!allowDuplicate) {
            refuseDuplicate(teamId, null, details);
        }
        Customer customer = Customer.register(teamId, details, clock.instant());
        customer.persist();
        // the key first: its outbox row goes out before the event it protects (docs/erasure.md)
        outbox.publish(EventType.CUSTOMER_REGISTERED, customer.id, teamId,
                CustomerEvents.registered(customer, keys.keyFor(customer.id, teamId)));
        return CustomerView.of(customer);
    }

    @Transactional
    public CustomerView update(String teamId, UUID customerId, CustomerDetails details, boolean allowDuplicate) {
        Customer customer = Customer.requireActiveForUpdate(teamId, customerId);
        if (!allowDuplicate) {
            refuseDuplicate(teamId, customerId, details);
        }
        customer.apply(details, clock.instant());
        outbox.publish(EventType.CUSTOMER_UPDATED, customer.id, teamId,
                CustomerEvents.updated(customer, keys.keyFor(customer.id, teamId)));
        return CustomerView.of(customer);
    }

    public CustomerView get(String teamId, UUID customerId) {
        return CustomerView.of(Customer.require(teamId, customerId));
    }

    public Page<CustomerView> list(String teamId, CustomerQuery query, PageParams page) {
        String text = query.q == null || query.q.isBlank() ? null : query.q.strip().toLowerCase(Locale.ROOT);
        Filters filters = Filters.team(teamId)
                .optional("id in :ids", "ids", query.id == null || query.id.isEmpty() ? null : query.id)
                .optional("kind = :kind", "kind", query.kind)
                .optional("valueSegment = :segment", "segment", query.valueSegment)
                .optional("preferredChannel = :channel", "channel", query.preferredChannel)
                .optional("status = :status", "status", query.status);
        if (text != null) {
            String digits = Customer.phoneKey(text);
            filters.always("(lower(displayName) like :text or lower(email) like :text"
                    + (digits.length() >= 3 ? " or phoneKey like :digits)" : ")"), "text", "%" + like(text) + "%");
            if (digits.length() >= 3) {
                filters.parameters().and("digits", "%" + digits + "%");
            }
        }
        return Pages.of(Customer.find(filters.query("displayName, id"), filters.parameters()), page,
                CustomerView::of);
    }

    /** 409 naming the existing customer when another active customer of the team has the same e-mail or phone. */
    private static void refuseDuplicate(String teamId, UUID self, CustomerDetails details) {
        String email = details.email() == null || details.email().isBlank() ? null : details.email().strip();
        String phoneKey = details.phone() == null || details.phone().isBlank() ? null : Customer.phoneKey(details.phone());
        if (email == null && phoneKey == null) {
            return;
        }
        Customer.<Customer>find("teamId = :team and status = :active and id <> :self and "
                + "(lower(email) = lower(:email) or phoneKey = :phone)", Parameters.with("team", teamId)
                .and("active", CustomerStatus.ACTIVE).and("self", self == null ? new UUID(0, 0) : self)
                .and("email", email == null ? "" : email).and("phone", phoneKey == null ? "" : phoneKey))
                .firstResultOptional()
                .ifPresent(existing -> {
                    String field = email != null && email.equalsIgnoreCase(existing.email) ? "email" : "phone";
                    throw ProblemException.conflict("duplicate-customer", "Duplicate customer",
                            "customer " + existing.id + " of this team has the same " + field
                                    + "; send allowDuplicate=true to register anyway",
                            Map.of("existingId", existing.id, "field", field));
                });
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
