package rapport.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.events.Topics;
import rapport.events.customer.CustomerRegistered;
import rapport.personaldata.FieldCipher;

/**
 * Builds events as a producer would publish them, for consumers' tests; each is checked against the contract. The
 * personal-data fields of a payload given in plain text are protected with the key of the event's subject
 * ({@link TestDataKeys}, published before the event), as producers protect them (docs/erasure.md).
 */
public final class TestEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TestEvents() {
    }

    /** A CloudEvent JSON of {@code type} about {@code customerId}, conforming to the contract. */
    public static String cloudEvent(EventType type, String teamId, UUID customerId, Object payload) {
        CloudEvent event = CloudEvent.of(type, "/rapport/test", customerId.toString(), teamId, Instant.now(),
                protect(type, teamId, customerId, MAPPER.valueToTree(payload)));
        try {
            String json = MAPPER.writeValueAsString(event);
            EventContract.assertConforms(json);
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code data} with each plain-text personal-data field protected with the subject's test key. */
    private static JsonNode protect(EventType type, String teamId, UUID subject, JsonNode data) {
        for (String field : EventContract.personalFields(type)) {
            JsonNode value = data.path(field);
            if (value.isTextual() && !FieldCipher.isProtected(value.asText())) {
                ((ObjectNode) data).put(field, FieldCipher.protect(TestDataKeys.keyOf(subject, teamId), subject, field,
                        value.asText()));
            }
        }
        return data;
    }

    public static String customerRegistered(String teamId, UUID customerId, String displayName, boolean consent) {
        return cloudEvent(EventType.CUSTOMER_REGISTERED, teamId, customerId, new CustomerRegistered(customerId, teamId,
                displayName, null, null, "EXTERNAL", null, null, consent, Instant.now()));
    }

    /** Publishes an event on the topic of its type, keyed by its customer. */
    public static void publish(String cloudEventJson, UUID customerId) {
        KafkaTestClient.send(Topics.CUSTOMERS, customerId.toString(), cloudEventJson);
    }
}
