package rapport.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/** Plausible instances of an OpenAPI schema (its examples where it has them), the start of each attack. */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current != null && current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    JsonNode instance(JsonNode schema) {
        return instance(schema, 0);
    }

    private JsonNode instance(JsonNode raw, int depth) {
        JsonNode schema = resolve(raw);
        if (schema == null || schema.isMissingNode()) {
            return NODES.textNode("x");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < MAX_DEPTH) {
                    for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
                            fields.hasNext();) {
                        Map.Entry<String, JsonNode> field = fields.next();
                        object.set(field.getKey(), instance(field.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(instance(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(switch (schema.path("format").asText()) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date-time" -> Instant.now().minusSeconds(3600).toString();
                case "date" -> LocalDate.now().toString();
                default -> "fuzz";
            });
        };
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }
}
