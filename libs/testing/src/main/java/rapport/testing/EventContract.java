package rapport.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import rapport.events.EventType;
import rapport.personaldata.FieldCipher;

/**
 * Checks an emitted event against the documented contract: the CloudEvents envelope schema, then
 * the payload schema of its type (both shipped in rapport-event-contract), then that every field the
 * schema marks {@code x-personal-data} leaves protected ({@code pd1:}, docs/erasure.md). Producers' tests call
 * {@link #assertConforms(String)} on what they actually put on Kafka.
 */
public final class EventContract {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<EventType, List<String>> PERSONAL_FIELDS = new ConcurrentHashMap<>();

    private EventContract() {
    }

    /** Every way {@code cloudEventJson} breaks the contract; empty when it conforms. */
    public static List<String> violations(String cloudEventJson) {
        List<String> problems = new ArrayList<>();
        schema("rapport/events/schemas/cloudevent.json").validate(cloudEventJson, InputFormat.JSON)
                .forEach(e -> problems.add("envelope " + describe(e)));
        JsonNode event;
        try {
            event = MAPPER.readTree(cloudEventJson);
        } catch (Exception e) {
            problems.add("not JSON: " + e.getMessage());
            return problems;
        }
        String type = event.path("type").asText();
        EventType eventType = EventType.fromType(type).orElse(null);
        if (eventType == null) {
            problems.add("type " + type + " is not a documented event type");
            return problems;
        }
        schema(eventType.schemaResource()).validate(event.path("data").toString(), InputFormat.JSON)
                .forEach(e -> problems.add("data " + describe(e)));
        for (String field : personalFields(eventType)) {
            JsonNode value = event.path("data").path(field);
            if (!value.isMissingNode() && !value.isNull() && !FieldCipher.isProtected(value.asText(null))) {
                problems.add("data /" + field + ": personal data (x-personal-data) leaves unprotected, not in the "
                        + FieldCipher.PREFIX + " form");
            }
        }
        return problems;
    }

    /** The payload fields of {@code type} that its schema marks {@code x-personal-data: true}. */
    public static List<String> personalFields(EventType type) {
        return PERSONAL_FIELDS.computeIfAbsent(type, t -> {
            try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(t.schemaResource())) {
                List<String> fields = new ArrayList<>();
                MAPPER.readTree(in).path("properties").properties().forEach(property -> {
                    if (property.getValue().path("x-personal-data").asBoolean(false)) {
                        fields.add(property.getKey());
                    }
                });
                return List.copyOf(fields);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + t.schemaResource(), e);
            }
        });
    }

    public static void assertConforms(String cloudEventJson) {
        List<String> problems = violations(cloudEventJson);
        if (!problems.isEmpty()) {
            throw new AssertionError("event breaks the contract:\n  " + String.join("\n  ", problems)
                    + "\nevent: " + cloudEventJson);
        }
    }

    /** The compiled schema at a classpath location; fails if it is missing or not a valid schema. */
    public static Schema schema(String classpathLocation) {
        return SCHEMAS.computeIfAbsent(classpathLocation, location -> {
            Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + location));
            schema.initializeValidators();
            return schema;
        });
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + ": " + error.getMessage();
    }
}
