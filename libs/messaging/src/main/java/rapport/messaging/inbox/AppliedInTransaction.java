package rapport.messaging.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import rapport.events.CloudEvent;

/**
 * Applies events in one new transaction with their bookkeeping ({@link ProcessedEvents}): an event whose id is
 * recorded already is not handled again, and the ids recorded commit with the handler's changes or not at all.
 */
record AppliedInTransaction(ProcessedEvents processed, EventHandler handler) {

    /** Applies {@code events} in order in one transaction; returns how many were new (the rest were duplicates). */
    int apply(List<CloudEvent> events) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int fresh = 0;
            for (CloudEvent event : events) {
                if (processed.markProcessed(event.id(), event.type(), ProcessedEvents.Outcome.APPLIED)) {
                    handler.handle(event);
                    fresh++;
                }
            }
            return fresh;
        });
    }

    /** Records, in a transaction of its own, that the event went to the dead-letter topic instead. */
    void recordDeadLettered(CloudEvent event) {
        QuarkusTransaction.requiringNew().run(() -> processed.markProcessed(event.id(), event.type(),
                ProcessedEvents.Outcome.DEAD_LETTERED));
    }
}
