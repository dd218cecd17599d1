package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.personaldata.FieldCipher;
import rapport.testing.TestDataKeys;

@QuarkusTest
class CustomerManagementTest {

    private static final TeamApi API = new TeamApi("crm");

    private static Map<String, Object> details(String name, String email, String phone, String kind, String segment,
            String channel) {
        var details = new java.util.HashMap<String, Object>(Map.of("displayName", name, "kind", kind,
                "surveyConsent", true));
        if (email != null) {
            details.put("email", email);
        }
        if (phone != null) {
            details.put("phone", phone);
        }
        if (segment != null) {
            details.put("valueSegment", segment);
        }
        if (channel != null) {
            details.put("preferredChannel", channel);
        }
        return details;
    }

    private static String register(Map<String, Object> details) {
        return API.as().body(details).post("/api/teams/{team}/customers", API.team).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aSecondCustomerWithTheSameEmailOrPhoneIsA409NamingTheFirstUnlessForced() {
        String first = register(details("Alan Turing", "alan@example.org", "+44 161 496 0000", "EXTERNAL", null, null));
        API.as().body(details("A. Turing", "ALAN@example.org", null, "EXTERNAL", null, null))
                .post("/api/teams/{team}/customers", API.team)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/duplicate-customer"))
                .body("existingId", equalTo(first)).body("field", equalTo("email"));
        API.as().body(details("Turing household", null, "+44 (161) 496-0000", "EXTERNAL", null, null))
                .post("/api/teams/{team}/customers", API.team)
                .then().statusCode(409).body("existingId", equalTo(first)).body("field", equalTo("phone"));
        API.as().body(details("A. Turing", "alan@example.org", null, "EXTERNAL", null, null))
                .queryParam("allowDuplicate", true).post("/api/teams/{team}/customers", API.team)
                .then().statusCode(201);
        // another team may know the same person
        TeamApi other = new TeamApi("crm-other");
        other.as().body(details("Alan Turing", "alan@example.org", null, "EXTERNAL", null, null))
                .post("/api/teams/{team}/customers", other.team).then().statusCode(201);
    }

    @Test
    void updatingReplacesTheDetailsAndPublishesTheFullState() throws Exception {
        String id = register(details("Mary Somerville", "mary@example.org", null, "EXTERNAL", "LOW", null));
        API.as().body(details("Mary Somerville", "mary.s@example.org", "+44 131 496 0001", "INTERNAL", "HIGH", "PHONE"))
                .put("/api/teams/{team}/customers/{id}", API.team, id)
                .then().statusCode(200).body("email", equalTo("mary.s@example.org")).body("kind", equalTo("INTERNAL"));
        API.as().get("/api/teams/{team}/customers/{id}", API.team, id).then().statusCode(200)
                .body("valueSegment", equalTo("HIGH")).body("preferredChannel", equalTo("PHONE"));

        List<JsonNode> events = InteractionEventsTest.awaitEvents(id, 2);
        JsonNode updated = events.get(1);
        assertThat(updated.get("type").asText()).isEqualTo("rapport.customer.updated.v1");
        assertThat(FieldCipher.reveal(TestDataKeys.published(UUID.fromString(id)), UUID.fromString(id), "email",
                updated.get("data").get("email").asText())).isEqualTo("mary.s@example.org");
        assertThat(updated.get("data").get("valueSegment").asText()).isEqualTo("HIGH");
    }

    @Test
    void anInvalidUpdateChangesNothingAndPublishesNothing() {
        String id = register(details("Emmy Noether", null, null, "EXTERNAL", null, null));
        int events = TeamApi.outboxRows(id);
        API.as().body(details("Emmy Noether", "not-an-email", null, "EXTERNAL", null, null))
                .put("/api/teams/{team}/customers/{id}", API.team, id)
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        assertThat(TeamApi.outboxRows(id)).isEqualTo(events);
        API.as().get("/api/teams/{team}/customers/{id}", API.team, id).then().body("email", equalTo(null));
    }

    @Test
    void theListSearchesByNameEmailOrPhoneAndFiltersByKindSegmentChannelAndStatus() {
        TeamApi team = new TeamApi("directory");
        for (var d : List.of(
                details("Ada Byron", "ada@lovelace.example", "+44 20 7946 0101", "EXTERNAL", "HIGH", "EMAIL"),
                details("Charles Babbage", "charles@engine.example", "+44 20 7946 0202", "EXTERNAL", "MEDIUM", "LETTER"),
                details("Finance Department", null, null, "INTERNAL", "LOW", "EMAIL"))) {
            team.as().body(d).post("/api/teams/{team}/customers", team.team).then().statusCode(201);
        }
        String path = "/api/teams/{team}/customers";
        team.as().queryParam("q", "BYRON").get(path, team.team).then().statusCode(200)
                .body("items.displayName", contains("Ada Byron")).body("totalItems", equalTo(1));
        team.as().queryParam("q", "engine.example").get(path, team.team).then()
                .body("items.displayName", contains("Charles Babbage"));
        team.as().queryParam("q", "7946 0202").get(path, team.team).then()
                .body("items.displayName", contains("Charles Babbage"));
        team.as().queryParam("kind", "INTERNAL").get(path, team.team).then()
                .body("items.displayName", contains("Finance Department"));
        team.as().queryParam("valueSegment", "MEDIUM").get(path, team.team).then()
                .body("items.displayName", contains("Charles Babbage"));
        team.as().queryParam("preferredChannel", "EMAIL").queryParam("status", "ACTIVE").get(path, team.team).then()
                .body("items.displayName", contains("Ada Byron", "Finance Department"));
        team.as().queryParam("size", 2).queryParam("page", 1).get(path, team.team).then()
                .body("items", hasSize(1)).body("totalItems", equalTo(3)).body("page", equalTo(1));
    }

    @Test
    void badListParametersAre400sNamingTheParameter() {
        String path = "/api/teams/{team}/customers";
        API.as().queryParam("kind", "PARTNER").get(path, API.team).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        API.as().queryParam("size", 101).get(path, API.team).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        API.as().queryParam("page", -1).get(path, API.team).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        API.as().queryParam("page", "first").get(path, API.team).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        API.as().queryParam("allowDuplicate", "maybe").body(Map.of("displayName", "X", "kind", "EXTERNAL",
                "surveyConsent", false)).post(path, API.team).then().statusCode(400)
                .body("errors[0].field", equalTo("allowDuplicate"));
    }
}
