package rapport.messaging.inbox;

import java.util.Set;
import rapport.events.CloudEvent;
import rapport.events.EventType;

/**
 * Applies consumed events to a service's own data. A service that consumes provides exactly one
 * bean implementing this. {@link #handle} runs inside the transaction that also records the event
 * id, so its effect and the deduplication commit together; it is never called twice for one id.
 */
public interface EventHandler {

    /**
     * Applies one event of a {@linkplain #handledTypes() handled type}.
     *
     * @throws UnprocessableEventException when the event can never be applied (it goes to the dead-letter topic)
     */
    void handle(CloudEvent event);

    /**
     * The event types this service applies. Events of other types, and of types this build does
     * not know, are skipped: their offsets are committed, but nothing is written to the database
     * for them (no transaction, no processed-event row) and {@link #handle} never sees them.
     */
    Set<EventType> handledTypes();
}
