package rapport.messaging.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import rapport.events.CloudEvent;

/** Reads an event's {@code data} as its payload record; a payload that does not fit is unprocessable. */
@ApplicationScoped
public class EventPayloads {

    @Inject
    ObjectMapper mapper;

    public <T> T read(CloudEvent event, Class<T> payloadType) {
        try {
            return mapper.treeToValue(event.data(), payloadType);
        } catch (Exception e) {
            throw new UnprocessableEventException("payload of " + event.type() + " does not match "
                    + payloadType.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
