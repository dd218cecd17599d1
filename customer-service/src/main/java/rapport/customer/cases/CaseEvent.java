package rapport.customer.cases;

import rapport.events.EventType;

/** An event a case change calls for; published by the caller after its own event, in the same transaction. */
public record CaseEvent(EventType type, Object payload) {
}
