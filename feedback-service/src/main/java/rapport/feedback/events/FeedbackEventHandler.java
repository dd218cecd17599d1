package rapport.feedback.events;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.events.customer.CaseResolved;
import rapport.events.customer.CustomerErased;
import rapport.events.customer.CustomerRegistered;
import rapport.events.customer.CustomerUpdated;
import rapport.feedback.directory.CustomerDirectory;
import rapport.feedback.invitation.InvitationService;
import rapport.feedback.invitation.MailOutbox;
import rapport.feedback.privacy.ErasureAudits;
import rapport.feedback.response.ResponseService;
import rapport.messaging.inbox.EventHandler;
import rapport.messaging.inbox.EventPayloads;
import rapport.web.idempotency.IdempotentRequests;

/**
 * Routes consumed events to the feature that owns their effect; other types (interactions,
 * complaints, follow-ups) are ignored: case.resolved already carries the agent and channel.
 */
@ApplicationScoped
public class FeedbackEventHandler implements EventHandler {

    @Inject
    EventPayloads payloads;

    @Inject
    CustomerDirectory directory;

    @Inject
    InvitationService invitations;

    @Inject
    MailOutbox mails;

    @Inject
    ResponseService responses;

    @Inject
    ErasureAudits erasureAudits;

    @Inject
    IdempotentRequests idempotency;

    /** What each handled event type does; the other types are never handed over. */
    private final Map<EventType, Consumer<CloudEvent>> routes = new EnumMap<>(EventType.class);

    @PostConstruct
    void route() {
        routes.put(EventType.CUSTOMER_REGISTERED, event -> {
            CustomerRegistered registered = payloads.read(event, CustomerRegistered.class);
            directory.registered(registered, event.time());
            invitations.customerKnown(registered.customerId());
        });
        routes.put(EventType.CUSTOMER_UPDATED, event -> {
            CustomerUpdated updated = payloads.read(event, CustomerUpdated.class);
            directory.updated(updated, event.time());
            invitations.customerKnown(updated.customerId());
        });
        routes.put(EventType.CUSTOMER_ERASED, event -> {
            CustomerErased erased = payloads.read(event, CustomerErased.class);
            erasureAudits.record(event.id(), erased); // first: it counts what the lines below erase
            directory.erased(erased, event.time());
            invitations.withdrawAll(erased.customerId());
            mails.forget(erased.customerId());
            responses.eraseComments(erased.customerId());
            idempotency.forgetResponsesMentioning(erased.teamId(), erased.customerId().toString());
        });
        routes.put(EventType.CASE_RESOLVED,
                event -> invitations.caseResolved(payloads.read(event, CaseResolved.class)));
    }

    @Override
    public Set<EventType> handledTypes() {
        return routes.keySet();
    }

    @Override
    public void handle(CloudEvent event) {
        EventType.fromType(event.type()).map(routes::get).ifPresent(route -> route.accept(event));
    }
}
