package rapport.customer;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import rapport.testing.TestPostgres;
import rapport.testing.TestTokens;

/** A team member talking to customer-service in tests, with a random team of its own. */
final class TeamApi {

    final String team;
    final String user;
    private final String token;

    TeamApi(String prefix) {
        this.team = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.user = "alice-" + team;
        this.token = TestTokens.agent(team).user(user).mint();
    }

    String token() {
        return token;
    }

    RequestSpecification as() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    String registerCustomer(String name) {
        return as().body(Map.of("displayName", name, "kind", "EXTERNAL", "surveyConsent", true))
                .post("/api/teams/{team}/customers", team).then().statusCode(201).extract().path("id");
    }

    ValidatableResponse log(String customerId, Map<String, Object> contact) {
        return as().body(contact).post("/api/teams/{team}/customers/{id}/interactions", team, customerId).then();
    }

    /** Logs a contact and returns its id. */
    String logOk(String customerId, Map<String, Object> contact) {
        return log(customerId, contact).statusCode(201).extract().path("id");
    }

    ValidatableResponse caseOf(String caseId) {
        return as().get("/api/teams/{team}/cases/{id}", team, caseId).then().statusCode(200);
    }

    /** A valid contact: inbound phone enquiry, resolved, an hour ago; callers override fields. */
    static Map<String, Object> contact(Object... overrides) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("occurredAt", Instant.now().minusSeconds(3600).toString());
        contact.put("channel", "PHONE");
        contact.put("direction", "INBOUND");
        contact.put("category", "ENQUIRY");
        contact.put("outcome", "RESOLVED");
        contact.put("summary", "Asked about opening hours");
        contact.put("durationMinutes", 4);
        contact.put("techniques", java.util.List.of("ACTIVE_LISTENING", "QUESTIONING"));
        for (int i = 0; i < overrides.length; i += 2) {
            contact.put((String) overrides[i], overrides[i + 1]);
        }
        return contact;
    }

    /** Outbox rows (published or not) about one customer: proves whether a request emitted events. */
    static int outboxRows(String customerId) {
        return count("select count(*) from outbox_event where event_key = ?", customerId);
    }

    static int count(String sql, Object... params) {
        try (Connection connection = TestPostgres.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
