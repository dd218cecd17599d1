package rapport.feedback.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.events.customer.CustomerRegistered;
import rapport.feedback.directory.CustomerDirectory;
import rapport.messaging.inbox.EventHandler;
import rapport.messaging.inbox.EventPayloads;

/** Routes consumed events to the feature that owns their effect; other types are ignored. */
@ApplicationScoped
public class FeedbackEventHandler implements EventHandler {

    @Inject
    EventPayloads payloads;

    @Inject
    CustomerDirectory directory;

    @Override
    public void handle(CloudEvent event) {
        switch (EventType.fromType(event.type()).orElse(null)) {
            case CUSTOMER_REGISTERED -> directory.registered(payloads.read(event, CustomerRegistered.class), event.time());
            case null, default -> { }
        }
    }
}
