package rapport.messaging.inbox;

import rapport.events.CloudEvent;

/**
 * Applies consumed events to a service's own data. A service that consumes provides exactly one
 * bean implementing this. {@link #handle} runs inside the transaction that also records the event
 * id, so its effect and the deduplication commit together; it is never called twice for one id.
 */
public interface EventHandler {

    /**
     * Applies one event. Types the service does not care about are ignored (return normally).
     *
     * @throws UnprocessableEventException when the event can never be applied (it goes to the dead-letter topic)
     */
    void handle(CloudEvent event);

    /**
     * Whether this service applies events of this CloudEvents type. Events of other types are
     * skipped: their offsets are committed, but nothing is written to the database for them (no
     * transaction, no processed-event row). Default: every type is handed to {@link #handle}.
     */
    default boolean handles(String type) {
        return true;
    }
}
