package rapport.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;

/** The kinds of hostile request; {@link #alwaysInvalid()} ones no endpoint may accept. */
public enum Attack {
    WRONG_TYPE(true), NUL_IN_TEXT(true), UNSTORABLE_DATE(true), OVERFLOWING_NUMBER(true), FRACTION_FOR_INTEGER(true),
    DUPLICATE_KEY(true), DEEP_NESTING(true), INVALID_UTF8(true), NOT_AN_OBJECT(true), TRUNCATED(true),
    EXTRA_FIELD(false), MISSING_FIELDS(false), INJECTION_IN_TEXT(false), HUGE_TEXT(false),
    HOSTILE_PATH(false), HOSTILE_QUERY(false), HOSTILE_HEADER(false);

    static final List<String> HOSTILE = List.of("' OR '1'='1", "'; drop table customer; --", "\" or \"\"=\"",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1:1/x}", "{{7*7}}", "#{7*7}", "../../../../etc/passwd",
            "..%2f..%2f", "\u0000", "a\u0000b", "\r\nX-Injected: 1", "💥🚀", "ﬀ\u202e", "-1", "0", "99999999999999999999",
            "1e308", "-2147483649", "NaN", "null", "[]", "{}", "true", "", " ", "%", "%zz", "x".repeat(5000),
            "-999999999-01-01T00:00:00Z", "+1000000000-01-01", "2026-02-30", "00000000-0000-0000-0000-000000000000");
    /** Already-encoded values: bytes that are not UTF-8, and an encoded NUL. */
    static final List<String> RAW = List.of("%C3%28", "%FF%FE%FD", "%ED%A0%80", "%00", "a%00", "%C0%AF");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Attack> BODY = List.of(values()).subList(0, HOSTILE_PATH.ordinal());
    private static final List<Attack> PARAMETERS = List.of(HOSTILE_PATH, HOSTILE_QUERY, HOSTILE_HEADER);

    private final boolean alwaysInvalid;

    Attack(boolean alwaysInvalid) {
        this.alwaysInvalid = alwaysInvalid;
    }

    public boolean alwaysInvalid() {
        return alwaysInvalid;
    }

    static Attack pick(SplittableRandom random, ApiFuzzer.Operation operation, boolean invalidOnly) {
        List<Attack> choices = new ArrayList<>(operation.bodySchema() == null ? List.of() : BODY);
        if (!invalidOnly) {
            choices.addAll(PARAMETERS);
        }
        choices.removeIf(a -> invalidOnly && !a.alwaysInvalid);
        return choices.isEmpty() ? HOSTILE_QUERY : choices.get(random.nextInt(choices.size()));
    }

    Hostile build(SplittableRandom random, ApiFuzzer.Operation operation, Schemas schemas,
            Map<String, String> pathValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        String path = path(random, operation, pathValues);
        String query = query(random, operation, schemas);
        byte[] body = null;
        if (operation.bodySchema() != null) {
            JsonNode valid = schemas.instance(operation.bodySchema());
            body = this.ordinal() < HOSTILE_PATH.ordinal() ? body(random, valid, operation, schemas) : bytes(valid);
        }
        if (this == HOSTILE_HEADER) {
            headers.put("Idempotency-Key", switch (random.nextInt(4)) {
                case 0 -> "k".repeat(201 + random.nextInt(2000));
                case 1 -> "<script>" + random.nextInt();
                case 2 -> "a b";
                default -> UUID.randomUUID() + "'; --";
            });
        }
        return new Hostile(path, query, headers, body);
    }

    private String path(SplittableRandom random, ApiFuzzer.Operation operation, Map<String, String> values) {
        List<String> names = operation.pathParameterNames();
        String target = this == HOSTILE_PATH && !names.isEmpty() ? names.get(random.nextInt(names.size())) : null;
        return operation.rawPath(name -> name.equals(target) ? hostile(random)
                : ApiFuzzer.encode(values.getOrDefault(name, UUID.randomUUID().toString())));
    }

    private String query(SplittableRandom random, ApiFuzzer.Operation operation, Schemas schemas) {
        List<String> pairs = new ArrayList<>();
        List<JsonNode> query = operation.parameters().stream().filter(p -> "query".equals(p.path("in").asText()))
                .toList();
        for (JsonNode parameter : query) {
            if (random.nextBoolean()) {
                JsonNode value = schemas.instance(parameter.path("schema"));
                pairs.add(parameter.path("name").asText() + "=" + ApiFuzzer.encode(value.asText()));
            }
        }
        if (this == HOSTILE_QUERY) {
            String name = query.isEmpty() || random.nextInt(4) == 0 ? hostile(random)
                    : query.get(random.nextInt(query.size())).path("name").asText();
            pairs.add(name + "=" + hostile(random));
        }
        return String.join("&", pairs);
    }

    private static String hostile(SplittableRandom random) {
        return random.nextInt(4) == 0 ? RAW.get(random.nextInt(RAW.size()))
                : ApiFuzzer.encode(HOSTILE.get(random.nextInt(HOSTILE.size())));
    }

    private byte[] body(SplittableRandom random, JsonNode valid, ApiFuzzer.Operation operation, Schemas schemas) {
        ObjectNode object = valid instanceof ObjectNode o ? o.deepCopy() : null;
        JsonNode schema = schemas.resolve(operation.bodySchema());
        return switch (this) {
            case WRONG_TYPE -> field(random, object, schema, schemas, f -> true)
                    .map(f -> with(object, f, wrongType(random, Schemas.type(f.schema())))).orElseGet(() -> notAnObject(random, operation.bodyRequired()));
            case NUL_IN_TEXT -> field(random, object, schema, schemas, f -> "string".equals(Schemas.type(f.schema())))
                    .map(f -> with(object, f, NODES.textNode("text\u0000" + random.nextInt()))).orElseGet(() -> notAnObject(random, operation.bodyRequired()));
            case UNSTORABLE_DATE -> field(random, object, schema, schemas, f -> f.schema().path("format").asText().startsWith("date"))
                    .map(f -> with(object, f, NODES.textNode(f.schema().path("format").asText().equals("date")
                            ? List.of("+1000000000-01-01", "-999999999-01-01", "10000-01-01").get(random.nextInt(3))
                            : List.of("-999999999-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z",
                                    "10000-01-01T00:00:00Z", "0000-12-31T23:59:59Z").get(random.nextInt(4)))))
                    .orElseGet(() -> notAnObject(random, operation.bodyRequired()));
            case OVERFLOWING_NUMBER -> field(random, object, schema, schemas, f -> "integer".equals(Schemas.type(f.schema())))
                    .map(f -> with(object, f, NODES.numberNode(random.nextBoolean()
                            ? BigInteger.TEN.pow(20 + random.nextInt(400)) : BigInteger.valueOf(-2147483649L))))
                    .orElseGet(() -> notAnObject(random, operation.bodyRequired()));
            case FRACTION_FOR_INTEGER -> field(random, object, schema, schemas, f -> "integer".equals(Schemas.type(f.schema())))
                    .map(f -> with(object, f, NODES.numberNode(random.nextBoolean() ? 1.5 : 1e308)))
                    .orElseGet(() -> notAnObject(random, operation.bodyRequired()));
            case DUPLICATE_KEY -> object == null || object.isEmpty() ? notAnObject(random, operation.bodyRequired()) : duplicate(object);
            case DEEP_NESTING -> deep(random);
            case INVALID_UTF8 -> invalidUtf8(random, object);
            case NOT_AN_OBJECT -> notAnObject(random, operation.bodyRequired());
            case TRUNCATED -> {
                byte[] full = bytes(valid);
                yield java.util.Arrays.copyOf(full, Math.max(1, full.length - 1 - random.nextInt(Math.max(1, full.length - 1))));
            }
            case EXTRA_FIELD -> {
                ObjectNode extra = object == null ? NODES.objectNode() : object;
                extra.put("fuzz" + random.nextInt(100), HOSTILE.get(random.nextInt(HOSTILE.size())));
                yield bytes(extra);
            }
            case MISSING_FIELDS -> {
                if (object != null) {
                    List<String> names = new ArrayList<>();
                    object.fieldNames().forEachRemaining(names::add);
                    names.stream().filter(n -> random.nextBoolean()).forEach(object::remove);
                }
                yield bytes(object == null ? valid : object);
            }
            case INJECTION_IN_TEXT, HUGE_TEXT -> field(random, object, schema, schemas,
                    f -> "string".equals(Schemas.type(f.schema())))
                    .map(f -> with(object, f, NODES.textNode(this == HUGE_TEXT ? "x".repeat(100_000 + random.nextInt(100_000))
                            : HOSTILE.get(random.nextInt(HOSTILE.size())).replace("\u0000", ""))))
                    .orElseGet(() -> bytes(valid));
            default -> bytes(valid);
        };
    }

    private record Field(String name, JsonNode schema) {
    }

    private static java.util.Optional<Field> field(SplittableRandom random, ObjectNode object, JsonNode schema,
            Schemas schemas, Predicate<Field> wanted) {
        if (object == null || schema == null) {
            return java.util.Optional.empty();
        }
        List<Field> fields = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(e -> {
            Field field = new Field(e.getKey(), schemas.resolve(e.getValue()));
            if (field.schema() != null && wanted.test(field)) {
                fields.add(field);
            }
        });
        return fields.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(fields.get(random.nextInt(fields.size())));
    }

    private static byte[] with(ObjectNode object, Field field, JsonNode value) {
        object.set(field.name(), value);
        return bytes(object);
    }

    private static JsonNode wrongType(SplittableRandom random, String type) {
        List<JsonNode> wrong = new ArrayList<>(List.of(NODES.numberNode(42), NODES.numberNode(-1), NODES.numberNode(1.5),
                NODES.booleanNode(true), NODES.textNode("wrong"), NODES.arrayNode().add("x"),
                NODES.objectNode().put("x", 1)));
        wrong.removeIf(node -> switch (type) {
            case "integer" -> node.isIntegralNumber();
            case "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            case "array" -> node.isArray();
            case "object" -> node.isObject();
            default -> node.isTextual();
        });
        return wrong.get(random.nextInt(wrong.size()));
    }

    private static byte[] duplicate(ObjectNode object) {
        String json = object.toString();
        String first = object.fieldNames().next();
        return ("{" + "\"" + first + "\":" + object.get(first) + "," + json.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deep(SplittableRandom random) {
        int depth = 100 + random.nextInt(10_000);
        return random.nextBoolean() ? ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8)
                : ("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(SplittableRandom random, ObjectNode object) {
        String json = object == null || object.isEmpty() ? "{\"x\": \"@\"}" : object.toString();
        int quote = json.indexOf("\":\"");
        String marker = quote < 0 ? json.substring(0, json.length() - 1) + ",\"x\":\"@\"}" : json.substring(0, quote + 3)
                + "@" + json.substring(quote + 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = marker.getBytes(StandardCharsets.UTF_8);
        int at = marker.indexOf('@');
        out.write(bytes, 0, at);
        byte[][] broken = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF }, { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
                { (byte) 0xC0, (byte) 0xAF } };
        out.writeBytes(broken[random.nextInt(broken.length)]);
        out.write(bytes, at + 1, bytes.length - at - 1);
        return out.toByteArray();
    }

    /** Not the object an endpoint expects; no body at all ({@code null}, empty) only where the body is required. */
    private static byte[] notAnObject(SplittableRandom random, boolean required) {
        List<String> bodies = new ArrayList<>(List.of("[]", "[{}]", "42", "\"text\"", "true", "{", "}", "{\"a\":}",
                "{'a': 1}", "\u0000"));
        if (required) {
            bodies.addAll(List.of("null", ""));
        }
        return bodies.get(random.nextInt(bodies.size())).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
