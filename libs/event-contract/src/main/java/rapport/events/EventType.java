package rapport.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type Rapport publishes, with its topic and the JSON Schema of its payload. The
 * AsyncAPI document ({@code rapport/events/asyncapi.yaml}) lists the same types; a contract test
 * keeps the two in step.
 */
public enum EventType {
    CUSTOMER_REGISTERED("rapport.customer.registered.v1", Topics.CUSTOMERS);

    private final String type;
    private final String topic;

    EventType(String type, String topic) {
        this.type = type;
        this.topic = topic;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    /** Classpath location of the payload schema, e.g. {@code rapport/events/schemas/customer.registered.v1.json}. */
    public String schemaResource() {
        return "rapport/events/schemas/" + type.substring("rapport.".length()) + ".json";
    }

    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
