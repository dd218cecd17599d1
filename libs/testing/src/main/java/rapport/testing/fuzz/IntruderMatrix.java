package rapport.testing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import rapport.testing.TestTokens;

/**
 * Every operation of a service's OpenAPI document tried by each kind of intruder, so that a new endpoint is
 * covered without writing a test (docs/reliability.md, "Intruders"): under {@code /api}, no token and every
 * kind of bad token is a 401, another team's member a 403 with nothing but the problem in the body, an assessor
 * writing a 403, and a path outside a team admins' only; the team's rows are unchanged by all of them; and the
 * callers that may (an agent writing, an assessor reading, an admin) get past the check. Outside {@code /api},
 * only the paths of {@link #PUBLIC} may be served, and they without a token.
 */
public final class IntruderMatrix {

    /** Served without a token on purpose, each for the reason given (docs/reliability.md, "What is public"). */
    public static final Map<String, String> PUBLIC = publicPaths();

    private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance");
    private static final String OTHER_TEAM = "intruders-elsewhere";

    private final ApiFuzzer client;
    private final List<ApiFuzzer.Operation> operations;
    private final Map<String, String> pathValues;
    private final Schemas schemas;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> tally = new TreeMap<>();

    private IntruderMatrix(JsonNode document, Map<String, String> pathValues) {
        this.operations = ApiFuzzer.Operation.all(document);
        this.pathValues = pathValues;
        this.schemas = new Schemas(document);
        this.client = new ApiFuzzer(URI.create("http://localhost:" + RestAssured.port), "", document, pathValues);
    }

    /**
     * The check each service's intruder test makes against the service under test (RestAssured's port).
     *
     * @param pathValues   a valid value for each path parameter; {@code teamId} is the team attacked
     * @param secrets      texts of that team's data (a customer's name, an e-mail) no refusal may contain
     * @param notExercised operations ({@code "POST /api/admin/rebuild"}) whose permitted caller is not sent, because
     *                     doing it would disturb the other tests; their intruders are still refused
     */
    public static void assertKeepsIntrudersOut(String service, Map<String, String> pathValues, Set<String> secrets,
            Set<String> notExercised) {
        JsonNode document = ApiFuzzer.json(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        IntruderMatrix matrix = new IntruderMatrix(document, pathValues);
        String team = pathValues.get("teamId");
        Map<String, Integer> before = TeamRows.of(team);
        List<ApiFuzzer.Operation> api = matrix.operations.stream().filter(ApiFuzzer.Operation::isApi).toList();
        api.forEach(operation -> matrix.refuseIntruders(operation, team, secrets));
        Map<String, Integer> after = TeamRows.of(team);
        api.stream().filter(o -> !notExercised.contains(o.toString()))
                .sorted((a, b) -> Boolean.compare(a.isWrite(), b.isWrite()))
                .forEach(operation -> matrix.admitPermitted(operation, team));
        matrix.checkPublic();
        System.out.printf("intruders %s: %d operations under /api, %d requests: %s; failures %d%n%s%n", service,
                api.size(), matrix.tally.values().stream().mapToInt(Integer::intValue).sum(), matrix.tally,
                matrix.failures.size(), String.join("\n", matrix.failures));
        assertThat(api).as("operations under /api in the OpenAPI document").isNotEmpty();
        assertThat(matrix.failures).as("intruders let in, or permitted callers kept out").isEmpty();
        assertThat(after).as("refused requests left the team's rows as they were").isEqualTo(before);
    }

    private void refuseIntruders(ApiFuzzer.Operation operation, String team, Set<String> secrets) {
        TestTokens member = TestTokens.agent(team);
        Map<String, Supplier<String>> unauthenticated = new LinkedHashMap<>();
        unauthenticated.put("no token", () -> null);
        unauthenticated.put("garbage token", () -> "Bearer not.a.jwt");
        unauthenticated.put("not a bearer token", () -> "Basic " + "YWRtaW46YWRtaW4=");
        unauthenticated.put("expired token", () -> bearer(TestTokens.agent(team).expired().mint()));
        unauthenticated.put("token of another issuer",
                () -> bearer(TestTokens.agent(team).issuedBy("https://keycloak.evil.invalid/realms/rapport").mint()));
        unauthenticated.put("token signed by another key", () -> bearer(TestTokens.agent(team).signedByIntruder().mint()));
        unauthenticated.put("admin token signed by another key", () -> bearer(TestTokens.admin().signedByIntruder().mint()));
        unauthenticated.put("tampered token", () -> bearer(member.mintTampered()));
        unauthenticated.put("alg: none token", () -> bearer(TestTokens.admin().mintUnsigned()));
        unauthenticated.forEach((who, token) -> expectRefusal(operation, who, token.get(), 401, secrets));

        boolean teamPath = operation.pathParameterNames().contains("teamId");
        if (teamPath) {
            expectRefusal(operation, "agent of another team", bearer(TestTokens.agent(OTHER_TEAM).mint()), 403, secrets);
            expectRefusal(operation, "assessor of another team", bearer(TestTokens.assessor(OTHER_TEAM).mint()), 403,
                    secrets);
            if (operation.isWrite()) {
                expectRefusal(operation, "assessor writing", bearer(TestTokens.assessor(team).mint()), 403, secrets);
            }
        } else {
            expectRefusal(operation, "agent outside a team path", bearer(member.mint()), 403, secrets);
            expectRefusal(operation, "assessor outside a team path", bearer(TestTokens.assessor(team).mint()), 403,
                    secrets);
        }
        expectRefusal(operation, "token without a Rapport role",
                bearer(TestTokens.withRoles(Set.of("offline_access"), team).mint()), 403, secrets);
    }

    private void admitPermitted(ApiFuzzer.Operation operation, String team) {
        boolean teamPath = operation.pathParameterNames().contains("teamId");
        String who = !teamPath ? "admin" : operation.isWrite() ? "agent of the team" : "assessor of the team";
        String token = !teamPath ? TestTokens.admin().mint()
                : operation.isWrite() ? TestTokens.agent(team).mint() : TestTokens.assessor(team).mint();
        ApiFuzzer.Answer answer = client.send(operation, request(operation), bearer(token));
        count("permitted " + answer.status());
        if (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500 || answer.status() <= 0) {
            failures.add(operation + " as " + who + ": " + answer.status() + " " + shorten(answer.body()));
        }
    }

    private void expectRefusal(ApiFuzzer.Operation operation, String who, String authorization, int status,
            Set<String> secrets) {
        ApiFuzzer.Answer answer = client.send(operation, request(operation), authorization);
        count(status + " " + (status == answer.status() ? "as expected" : "UNEXPECTED " + answer.status()));
        String seen = operation + " with " + who + ": " + answer.status() + " " + shorten(answer.body());
        if (answer.status() != status || !answer.isProblem()) {
            failures.add(seen + " (expected a " + status + " problem)");
            return;
        }
        JsonNode body = ApiFuzzer.json(answer.body());
        List<String> members = new ArrayList<>();
        body.fieldNames().forEachRemaining(members::add);
        if (!PROBLEM_MEMBERS.containsAll(members)) {
            failures.add(seen + " (a refusal carries only " + PROBLEM_MEMBERS + ")");
        }
        secrets.stream().filter(answer.body()::contains)
                .forEach(secret -> failures.add(seen + " (contains the team's data: " + secret + ")"));
    }

    /** A request that would be valid for the permitted caller: known ids, required query parameters, a body. */
    private Hostile request(ApiFuzzer.Operation operation) {
        String path = operation.rawPath(name -> ApiFuzzer.encode(pathValues.getOrDefault(name,
                UUID.randomUUID().toString())));
        String query = operation.parameters().stream()
                .filter(p -> "query".equals(p.path("in").asText()) && p.path("required").asBoolean(false))
                .map(p -> p.path("name").asText() + "=" + ApiFuzzer.encode(schemas.instance(p.path("schema")).asText()))
                .collect(Collectors.joining("&"));
        byte[] body = operation.bodySchema() == null || !operation.isApi() ? null
                : schemas.instance(operation.bodySchema()).toString().getBytes(StandardCharsets.UTF_8);
        return new Hostile(path, query, Map.of(), body);
    }

    /** Outside /api: what the document lists must be on the allow-list, and the allow-list answers without a token. */
    private void checkPublic() {
        for (ApiFuzzer.Operation operation : operations) {
            if (operation.isApi()) {
                continue;
            }
            if (!PUBLIC.containsKey(operation.path())) {
                failures.add(operation + " is served outside /api, without a token: move it under /api, or add it to "
                        + "IntruderMatrix.PUBLIC and docs/reliability.md");
                continue;
            }
            expectOpen(operation);
        }
        for (String path : PUBLIC.keySet()) {
            if (path.startsWith("/q/")) {
                expectOpen(new ApiFuzzer.Operation("GET", path, List.of(), null, false, null));
            }
        }
    }

    private void expectOpen(ApiFuzzer.Operation operation) {
        ApiFuzzer.Answer answer = client.send(operation, request(operation), null);
        count("public " + answer.status());
        if (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500 || answer.status() <= 0) {
            failures.add(operation + " on the public allow-list, without a token: " + answer.status());
        }
    }

    private void count(String outcome) {
        tally.merge(outcome, 1, Integer::sum);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String shorten(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static Map<String, String> publicPaths() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("/s/{token}", "feedback-service's survey page: the customer has no account, the link is the credential");
        paths.put("/q/health", "probes of the orchestrator; says UP or DOWN per check, no address or team");
        paths.put("/q/health/live", "liveness probe");
        paths.put("/q/health/ready", "readiness probe");
        paths.put("/q/health/started", "startup probe");
        paths.put("/q/metrics", "Prometheus scrape; uri labels are route templates, never a requested path");
        paths.put("/q/openapi", "the API document (what the endpoints are, not what they hold)");
        paths.put("/q/swagger-ui", "a viewer of that document");
        return Collections.unmodifiableMap(paths);
    }
}
