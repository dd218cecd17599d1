package rapport.messaging.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import rapport.events.CloudEvent;
import rapport.events.EventType;

/** Reads a consumed record as a CloudEvent and tells whether this service's {@link EventHandler} applies its type. */
final class HandledEvents {

    private final ObjectMapper mapper;
    private final Set<EventType> handled;

    HandledEvents(ObjectMapper mapper, Set<EventType> handled) {
        this.mapper = mapper;
        this.handled = Set.copyOf(handled);
    }

    CloudEvent decode(ConsumerRecord<String, String> record) throws JsonProcessingException {
        return mapper.readValue(record.value(), CloudEvent.class);
    }

    /** False for a type the handler skips and for one this build does not know. */
    boolean handles(CloudEvent event) {
        return EventType.fromType(event.type()).filter(handled::contains).isPresent();
    }
}
