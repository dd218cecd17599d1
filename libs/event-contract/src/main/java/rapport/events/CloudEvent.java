package rapport.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as it travels in a Kafka record value.
 * {@code teamid} is a CloudEvents extension attribute (lower-case letters and digits only, as the
 * spec requires); {@code subject} is the customer the event is about, which is also the record key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        UUID id,
        String source,
        String type,
        Instant time,
        String datacontenttype,
        String subject,
        String teamid,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
    }

    public static CloudEvent of(EventType type, String source, String subject, String teamId, Instant time, JsonNode data) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID(), source, type.type(), time, "application/json",
                subject, teamId, data);
    }
}
