package rapport.feedback.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.events.customer.CaseResolved;
import rapport.events.customer.CustomerErased;
import rapport.events.customer.CustomerRegistered;
import rapport.events.customer.CustomerUpdated;
import rapport.feedback.directory.CustomerDirectory;
import rapport.feedback.invitation.InvitationService;
import rapport.feedback.response.ResponseService;
import rapport.messaging.inbox.EventHandler;
import rapport.messaging.inbox.EventPayloads;

/**
 * Routes consumed events to the feature that owns their effect; other types (interactions,
 * complaints, follow-ups) are ignored: case.resolved already carries the agent and channel.
 */
@ApplicationScoped
public class FeedbackEventHandler implements EventHandler {

    /**
     * The types {@link #handle} applies; the others (interactions, follow-ups, the other case
     * events) are skipped without a database write.
     */
    private static final Set<EventType> HANDLED = EnumSet.of(EventType.CUSTOMER_REGISTERED,
            EventType.CUSTOMER_UPDATED, EventType.CUSTOMER_ERASED, EventType.CASE_RESOLVED);

    @Inject
    EventPayloads payloads;

    @Inject
    CustomerDirectory directory;

    @Inject
    InvitationService invitations;

    @Inject
    ResponseService responses;

    @Override
    public boolean handles(String type) {
        return EventType.fromType(type).filter(HANDLED::contains).isPresent();
    }

    @Override
    public void handle(CloudEvent event) {
        switch (EventType.fromType(event.type()).orElse(null)) {
            case CUSTOMER_REGISTERED -> {
                CustomerRegistered registered = payloads.read(event, CustomerRegistered.class);
                directory.registered(registered, event.time());
                invitations.customerKnown(registered.customerId());
            }
            case CUSTOMER_UPDATED -> {
                CustomerUpdated updated = payloads.read(event, CustomerUpdated.class);
                directory.updated(updated, event.time());
                invitations.customerKnown(updated.customerId());
            }
            case CUSTOMER_ERASED -> {
                CustomerErased erased = payloads.read(event, CustomerErased.class);
                directory.erased(erased, event.time());
                invitations.withdrawAll(erased.customerId());
                responses.eraseComments(erased.customerId());
            }
            case CASE_RESOLVED -> invitations.caseResolved(payloads.read(event, CaseResolved.class));
            case null, default -> { }
        }
    }
}
