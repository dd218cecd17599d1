package rapport.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI description documents every endpoint, with examples of its answers and of its own errors. */
@QuarkusTest
class ApiDocsTest {

    @Test
    void everyOperationHasASummaryAndEverySuccessAndOwnErrorResponseAnExample() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                if (op.getValue().path("summary").asText().isBlank()) {
                    missing.add(where + ": summary");
                }
                for (Map.Entry<String, JsonNode> response : op.getValue().path("responses").properties()) {
                    int status = Integer.parseInt(response.getKey());
                    if (status < 300 && response.getValue().path("content").path("application/json")
                            .path("examples").isEmpty()) {
                        missing.add(where + ": example of " + status);
                    }
                    boolean ownError = status >= 404 || (status == 400 && response.getValue().path("content")
                            .path("application/problem+json").has("examples"));
                    if (status >= 400 && ownError && response.getValue().path("content").path("application/problem+json")
                            .path("examples").isEmpty()) {
                        missing.add(where + ": example of " + status);
                    }
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(17);
        assertThat(missing).isEmpty();
    }

    @Test
    void completingAFollowUpDocumentsItsOptionalJsonBody() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        JsonNode body = doc.path("paths").path("/api/teams/{teamId}/follow-ups/{followUpId}/complete").path("post")
                .path("requestBody");
        assertThat(body.path("required").asBoolean(true)).isFalse();
        String schema = body.path("content").path("application/json").path("schema").path("$ref").asText();
        assertThat(schema).endsWith("/CompleteFollowUp");
        assertThat(doc.path("components").path("schemas").path("CompleteFollowUp").path("properties")
                .has("completedAt")).isTrue();
        assertThat(doc.path("components").path("schemas").path("NewFollowUp").path("properties")
                .has("promisedAt")).isTrue();
    }
}
