package rapport.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint is described in the OpenAPI document, with examples for its bodies and its errors. */
@QuarkusTest
class ApiDocumentationTest {

    @Test
    void everyTeamEndpointHasASummaryAndItsErrorsAreDocumented() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                if (operation.getValue().path("summary").asText().isBlank()) {
                    missing.add(where + ": summary");
                }
                if (path.getKey().startsWith("/api/")) {
                    for (String status : List.of("400", "401", "403")) {
                        if (operation.getValue().path("responses").path(status).isMissingNode()) {
                            missing.add(where + ": " + status);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(doc.path("paths").has("/api/teams/{teamId}/invitations")).isTrue();
        assertThat(doc.path("paths").has("/api/teams/{teamId}/responses/summary")).isTrue();
        assertThat(doc.path("paths").path("/api/teams/{teamId}/responses").path("post").path("responses")
                .path("409").path("content").path("application/problem+json").path("examples").isEmpty()).isFalse();
        assertThat(doc.path("components").path("schemas").path("Answers").path("properties").path("csat")
                .path("maximum").asInt()).isEqualTo(5);
    }
}
