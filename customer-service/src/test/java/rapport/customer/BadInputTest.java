package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Input PostgreSQL or Jackson would choke on, or would silently bend: a 4xx problem naming the field,
 * nothing stored. The rules live in libs/web-api, so every service refuses the same way.
 */
@QuarkusTest
class BadInputTest {

    private static final TeamApi API = new TeamApi("hostile");
    private String customer;

    @BeforeEach
    void aCustomer() {
        customer = API.registerCustomer("Hostile Input Customer");
    }

    @Test
    void aNulCharacterInABodyOrAQueryParameterIsRefused() {
        refused(() -> API.log(customer, TeamApi.contact("summary", "before\u0000after")), 400, "summary");
        API.as().urlEncodingEnabled(false).get("/api/teams/{team}/customers?q=a%00b", API.team).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("q"));
    }

    @Test
    void datesOutsideTheStorableRangeAreRefused() {
        refused(() -> API.log(customer, TeamApi.contact("occurredAt", "-999999999-01-01T00:00:00Z")), 400,
                "occurredAt");
        refused(() -> API.as().body(Map.of("promise", "Call back", "dueAt", "+1000000000-01-01T00:00:00Z"))
                .post("/api/teams/{team}/customers/{id}/follow-ups", API.team, customer).then(), 400, "dueAt");
        refused(() -> API.as().body(Map.of("promise", "Call back", "dueAt", "10000-01-01T00:00:00Z"))
                .post("/api/teams/{team}/customers/{id}/follow-ups", API.team, customer).then(), 400, "dueAt");
    }

    @Test
    void wrongJsonTypesAreRefusedNotCoerced() {
        refused(() -> register("{\"displayName\": \"N\", \"kind\": \"EXTERNAL\", \"surveyConsent\": -1}"), 400,
                "surveyConsent");
        refused(() -> register("{\"displayName\": \"N\", \"kind\": \"EXTERNAL\", \"surveyConsent\": \"true\"}"), 400,
                "surveyConsent");
        refused(() -> register("{\"displayName\": 123, \"kind\": \"EXTERNAL\", \"surveyConsent\": true}"), 400,
                "displayName");
        refused(() -> register("{\"displayName\": \"N\", \"kind\": 0, \"surveyConsent\": true}"), 400, "kind");
        refused(() -> API.log(customer, TeamApi.contact("durationMinutes", 1.5)), 400, "durationMinutes");
        refused(() -> API.log(customer, TeamApi.contact("durationMinutes", "4")), 400, "durationMinutes");
        refused(() -> API.log(customer, TeamApi.contact("occurredAt", 1e308)), 400, "occurredAt");
        refused(() -> API.log(customer, TeamApi.contact("occurredAt", 1700000000)), 400, "occurredAt");
        refused(() -> API.log(customer, TeamApi.contact("techniques", "ACTIVE_LISTENING")), 400, "techniques");
    }

    @Test
    void aBodyThatIsNotTheExpectedObjectIsRefused() {
        for (String body : new String[] { "[]", "[{\"displayName\": \"N\"}]", "42", "\"text\"", "true", "null", "" }) {
            refused(() -> register(body), 400, null);
        }
        refused(() -> register("{\"displayName\": \"A\", \"displayName\": \"B\", \"kind\": \"EXTERNAL\", "
                + "\"surveyConsent\": true}"), 400, "displayName");
        refused(() -> register("[".repeat(10_000) + "]".repeat(10_000)), 400, null);
        refused(() -> register("{\"needs\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_001)), 400, null);
        refused(() -> register("{\"displayName\": \"N\"} trailing"), 400, null);
    }

    @Test
    void anOversizedBodyOrUriIsAProblemToo() {
        String huge = "{\"displayName\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        refused(() -> register(huge), 413, null);
        API.as().get("/api/teams/{team}/customers?q=" + "x".repeat(10_000), API.team).then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414));
    }

    private ValidatableResponse register(String body) {
        return API.as().body(body).post("/api/teams/{team}/customers", API.team).then();
    }

    /** A refused request: a problem naming {@code field} (when given), and no customer, contact or event added. */
    private void refused(Supplier<ValidatableResponse> request, int status, String field) {
        String team = API.team;
        int customers = TeamApi.count("select count(*) from customer where team_id = ?", team);
        int interactions = TeamApi.count("select count(*) from interaction where customer_id = ?", UUID.fromString(customer));
        int events = TeamApi.count("select count(*) from outbox_event");
        ValidatableResponse response = request.get().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertThat(TeamApi.count("select count(*) from customer where team_id = ?", team)).as("no customer")
                .isEqualTo(customers);
        assertThat(TeamApi.count("select count(*) from interaction where customer_id = ?", UUID.fromString(customer)))
                .as("no contact").isEqualTo(interactions);
        assertThat(TeamApi.count("select count(*) from outbox_event")).as("no event").isEqualTo(events);
    }
}
