package rapport.messaging.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import rapport.events.CloudEvent;

/**
 * Applies events in one new transaction with their bookkeeping ({@link ProcessedEvents}): the ids of all of them are
 * recorded in one statement, and only those not recorded before are handled, in their order; the ids commit with
 * the handler's changes or not at all.
 */
record AppliedInTransaction(ProcessedEvents processed, EventHandler handler) {

    /** Applies {@code events} in order in one transaction; returns how many were new (the rest were duplicates). */
    int apply(List<CloudEvent> events) {
        Map<UUID, CloudEvent> distinct = new LinkedHashMap<>(); // an id twice in one poll: the first one counts
        events.forEach(event -> distinct.putIfAbsent(event.id(), event));
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<UUID> fresh = processed.markApplied(distinct.values());
            for (CloudEvent event : distinct.values()) {
                if (fresh.contains(event.id())) {
                    handler.handle(event);
                }
            }
            return fresh.size();
        });
    }

    /** Records, in a transaction of its own, that the event went to the dead-letter topic instead. */
    void recordDeadLettered(CloudEvent event) {
        QuarkusTransaction.requiringNew().run(() -> processed.markDeadLettered(event));
    }
}
