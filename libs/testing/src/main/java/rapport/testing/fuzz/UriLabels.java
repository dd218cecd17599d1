package rapport.testing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /q/metrics} is public (docs/reliability.md, "What is public"): its {@code uri} labels must be route
 * templates or one of Micrometer's fixed values, never a path someone requested. Requests every path of the
 * OpenAPI document with a team's name in it, answered in each way that leaves a request unmatched (404, 405,
 * 406, 415, 414), then reads the labels.
 */
public final class UriLabels {

    /** What Quarkus' Micrometer binder reports for a request matched to no template. */
    private static final Set<String> FIXED = Set.of("NOT_FOUND", "UNKNOWN", "REDIRECTION", "root");
    private static final Pattern URI_LABEL = Pattern.compile("^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"",
            Pattern.MULTILINE);

    private UriLabels() {
    }

    /** Sends the unmatched requests, checks the labels and prints how many requests gave how many labels. */
    public static void assertBoundedToTemplates() {
        JsonNode document = ApiFuzzer.json(RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        List<ApiFuzzer.Operation> operations = ApiFuzzer.Operation.all(document);
        ApiFuzzer client = new ApiFuzzer(URI.create("http://localhost:" + RestAssured.port), "", document, Map.of());
        String marker = "leak" + UUID.randomUUID().toString().substring(0, 6);
        int sent = 0;
        for (ApiFuzzer.Operation operation : operations) {
            for (Unmatched kind : Unmatched.values()) {
                String team = marker + "-team-" + sent;
                String path = operation.rawPath(name -> "teamId".equals(name) ? team : team + "-" + name);
                client.send(kind.operation(operation), kind.request(path, team), "Bearer " + team);
                sent++;
            }
        }
        for (int i = 0; i < 200; i++) {
            client.send(new ApiFuzzer.Operation("GET", "", List.of(), null, false, null),
                    new Hostile("/" + marker + "-team-" + sent + "/customers", "", Map.of(), null), null);
            sent++;
        }
        String metrics = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> templates = operations.stream().map(o -> o.path()).collect(Collectors.toSet());
        Set<String> labels = new TreeSet<>();
        Matcher found = URI_LABEL.matcher(metrics);
        while (found.find()) {
            labels.add(found.group(1));
        }
        assertThat(metrics).as("no requested path in /q/metrics").doesNotContain(marker);
        assertThat(labels).as("uri labels: templates of the OpenAPI document or " + FIXED)
                .allMatch(label -> FIXED.contains(label) || templates.contains(withoutRegex(label)));
        System.out.printf("uri labels after %d unmatched requests: %d %s%n", sent, labels.size(), labels);
    }

    /** {@code /s/{token: .*}} (a template with a regular expression) as the OpenAPI document writes it. */
    private static String withoutRegex(String template) {
        return template.replaceAll("\\{([^}:]+):[^}]*}", "{$1}").replaceAll("\\{\\s*([^}\\s]+)\\s*}", "{$1}");
    }

    /** The ways a request gets an answer without being matched to an operation. */
    private enum Unmatched {
        UNKNOWN_SUBPATH, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE, URI_TOO_LONG;

        ApiFuzzer.Operation operation(ApiFuzzer.Operation of) {
            String method = switch (this) {
                case METHOD_NOT_ALLOWED -> Stream.of("PATCH", "DELETE", "PUT").filter(m -> !m.equals(of.method()))
                        .findFirst().orElseThrow();
                default -> of.method();
            };
            return new ApiFuzzer.Operation(method, of.path(), of.parameters(), of.bodySchema(), of.bodyRequired(),
                    of.document());
        }

        Hostile request(String path, String team) {
            return switch (this) {
                case UNKNOWN_SUBPATH -> new Hostile(path + "/" + team + "/x", "", Map.of(), null);
                case METHOD_NOT_ALLOWED -> new Hostile(path, "", Map.of(), null);
                case NOT_ACCEPTABLE -> new Hostile(path, "", Map.of("Accept", "image/png"), null);
                case UNSUPPORTED_MEDIA_TYPE -> new Hostile(path, "", Map.of("Content-Type", "text/x-" + team),
                        team.getBytes(StandardCharsets.UTF_8));
                case URI_TOO_LONG -> new Hostile(path, "q=" + team.repeat(9000 / team.length()), Map.of(), null);
            };
        }
    }
}
