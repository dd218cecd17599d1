package rapport.kpi.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.events.customer.CustomerRegistered;
import rapport.messaging.inbox.EventHandler;
import rapport.messaging.inbox.EventPayloads;

/** Routes consumed events into the read model; other types are ignored. */
@ApplicationScoped
public class KpiEventHandler implements EventHandler {

    @Inject
    EventPayloads payloads;

    @Inject
    ReadModelUpdater readModel;

    @Override
    public void handle(CloudEvent event) {
        switch (EventType.fromType(event.type()).orElse(null)) {
            case CUSTOMER_REGISTERED -> readModel.customerRegistered(payloads.read(event, CustomerRegistered.class));
            case null, default -> { }
        }
    }
}
