package rapport.testing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile requests generated from a service's OpenAPI document: for every operation under {@code /api},
 * bodies made from its schema and then broken (a wrong JSON type, NUL, an unstorable date, an overflowing
 * number, a duplicated key, deep nesting, invalid UTF-8, a scalar for the object), and path and query
 * parameters replaced by hostile strings (injections, {@code %00}, invalid UTF-8, huge values). Each
 * answer must be below 500, and every error a problem+json. The same seed gives the same requests.
 */
public final class ApiFuzzer {

    /** Seed and count, overridable on the command line: {@code -Drapport.fuzz.seed=N -Drapport.fuzz.count=N}. */
    public static final long SEED = Long.getLong("rapport.fuzz.seed", 20261202L);
    public static final int COUNT = Integer.getInteger("rapport.fuzz.count", 5000);

    private final URI base;
    private final String token;
    private final Map<String, String> pathValues;
    private final List<Operation> operations;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param openApi    the service's {@code /q/openapi?format=json}
     * @param pathValues a valid value for each path parameter (e.g. the team and an existing customer), so
     *                   that most requests get past routing and reach the body's checks
     */
    public ApiFuzzer(URI base, String token, JsonNode openApi, Map<String, String> pathValues) {
        this.base = base;
        this.token = token;
        this.pathValues = Map.copyOf(pathValues);
        this.operations = Operation.all(openApi).stream().filter(Operation::isApi).toList();
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("the OpenAPI document lists no operation under /api");
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /**
     * The check each service's fuzzing test makes against the service under test (RestAssured's port): half
     * of {@link #COUNT} requests that no endpoint may accept (each must be a 4xx problem, and the team's rows
     * stay as they were), then half hostile ones of every kind (none a 5xx, every error a problem).
     *
     * @param pathValues a valid value for each path parameter; {@code teamId} is the team whose rows are compared
     */
    public static void assertSurvives(String service, String token, Map<String, String> pathValues) {
        String team = pathValues.get("teamId");
        JsonNode document = json(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        ApiFuzzer fuzzer = new ApiFuzzer(URI.create("http://localhost:" + RestAssured.port), token, document,
                pathValues);
        Map<String, Integer> before = TeamRows.of(team);
        Report invalid = fuzzer.run(SEED, COUNT / 2, true);
        Map<String, Integer> afterInvalid = TeamRows.of(team);
        Report hostile = fuzzer.run(SEED + 1, COUNT - COUNT / 2, false);
        System.out.printf("fuzz %s (%d operations, seed %d): invalid %s%n%s%nhostile %s%n%s%n", service,
                fuzzer.operations.size(), SEED, invalid, String.join("\n", invalid.examples()), hostile,
                String.join("\n", hostile.examples()));
        assertThat(invalid.violations()).as(invalid + "\n" + String.join("\n", invalid.examples())).isZero();
        assertThat(afterInvalid).as("refused requests left nothing behind").isEqualTo(before);
        assertThat(hostile.violations()).as(hostile + "\n" + String.join("\n", hostile.examples())).isZero();
    }

    /** Sends {@code count} hostile requests and returns what each got; {@code invalidOnly}: only requests no endpoint may accept. */
    public Report run(long seed, int count, boolean invalidOnly) {
        SplittableRandom random = new SplittableRandom(seed);
        Schemas schemas = new Schemas(operations.getFirst().document());
        // a request without a body can only be made invalid through its parameters, which may still be valid
        List<Operation> targets = invalidOnly ? operations.stream().filter(o -> o.bodySchema() != null).toList()
                : operations;
        Report report = new Report();
        for (int i = 0; i < count && !targets.isEmpty(); i++) {
            Operation operation = targets.get(random.nextInt(targets.size()));
            Attack attack = Attack.pick(random, operation, invalidOnly);
            Hostile request = attack.build(random, operation, schemas, pathValues);
            report.add(operation, attack, request, send(operation, request, "Bearer " + token));
        }
        return report;
    }

    /** Sends one request with the given {@code Authorization} header ({@code null}: none). */
    Answer send(Operation operation, Hostile request, String authorization) {
        StringBuilder uri = new StringBuilder(base.toString().replaceAll("/$", ""));
        uri.append(request.rawPath());
        if (!request.rawQuery().isEmpty()) {
            uri.append('?').append(request.rawQuery());
        }
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri.toString()))
                    .timeout(Duration.ofSeconds(60));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            request.headers().forEach(builder::header);
            if (request.body() != null) {
                if (!request.headers().containsKey("Content-Type")) {
                    builder.header("Content-Type", "application/json");
                }
                builder.method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
            } else {
                builder.method(operation.method(), HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IllegalArgumentException e) {
            return Answer.unsendable(e.getMessage()); // a URI the HTTP client itself refuses to send
        } catch (IOException e) {
            return new Answer(-1, "", "I/O error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One operation of the document: method, path template, its parameters and its JSON body schema. */
    public record Operation(String method, String path, List<JsonNode> parameters, JsonNode bodySchema,
            boolean bodyRequired, JsonNode document) {

        private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

        /** Every operation of the document, under {@code /api} or not. */
        static List<Operation> all(JsonNode document) {
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                        continue;
                    }
                    List<JsonNode> parameters = new ArrayList<>();
                    path.getValue().path("parameters").forEach(parameters::add);
                    method.getValue().path("parameters").forEach(parameters::add);
                    JsonNode requestBody = method.getValue().path("requestBody");
                    JsonNode body = requestBody.path("content").path("application/json").path("schema");
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters,
                            body.isMissingNode() ? null : body, requestBody.path("required").asBoolean(false),
                            document));
                }
            }
            return operations;
        }

        /** Behind a bearer token: {@code rapport.web.TeamAccessFilter} guards every path under {@code /api}. */
        public boolean isApi() {
            return path.startsWith("/api/");
        }

        public boolean isWrite() {
            return !"GET".equals(method);
        }

        /** The path with each {@code {name}} replaced by {@code rawValue.apply(name)} (already encoded). */
        String rawPath(Function<String, String> rawValue) {
            Matcher parameters = TEMPLATE.matcher(path);
            StringBuilder filled = new StringBuilder();
            while (parameters.find()) {
                parameters.appendReplacement(filled, Matcher.quoteReplacement(rawValue.apply(parameters.group(1))));
            }
            parameters.appendTail(filled);
            return filled.toString();
        }

        List<String> pathParameterNames() {
            return TEMPLATE.matcher(path).results().map(m -> m.group(1)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What came back. */
    public record Answer(int status, String contentType, String body) {

        static Answer unsendable(String why) {
            return new Answer(0, "", why);
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json") && body.contains("\"status\"");
        }
    }

    /** Parses JSON for the fuzzing tests; lenient on purpose (the document is the service's own). */
    public static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + text, e);
        }
    }
}
