package rapport.customer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rapport.testing.TestTokens;

/** The customer timeline, the team's contact list with its filters, and the open-case queue. */
@QuarkusTest
class ContactListsTest {

    private static final TeamApi API = new TeamApi("lists");
    private static final Instant DAY = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(3, ChronoUnit.DAYS);
    private static String customer;
    private static String other;
    private static List<String> ids;
    private static String voided;

    /** Once per class, after the application is up (a static @BeforeAll would run before it listens). */
    @BeforeEach
    void contacts() {
        if (ids != null) {
            return;
        }
        customer = API.registerCustomer("Timeline Customer");
        other = API.registerCustomer("Other Customer");
        String first = API.logOk(customer, TeamApi.contact("occurredAt", DAY.plusSeconds(3600).toString(),
                "outcome", "FOLLOW_UP_REQUIRED"));
        String second = API.logOk(customer, TeamApi.contact("occurredAt", DAY.plusSeconds(7200).toString(),
                "channel", "EMAIL", "direction", "OUTBOUND", "agent", "bob"));
        // logged last, happened first: a backdated contact
        String third = API.logOk(customer, TeamApi.contact("occurredAt", DAY.toString(), "category", "COMPLAINT",
                "outcome", "ESCALATED"));
        String fourth = API.logOk(other, TeamApi.contact("occurredAt", DAY.plusSeconds(86400).toString()));
        voided = API.logOk(other, TeamApi.contact("occurredAt", DAY.plusSeconds(90000).toString()));
        API.as().body("{\"reason\": \"test call\"}").post("/api/teams/{team}/interactions/{id}/void", API.team, voided)
                .then().statusCode(200);
        ids = List.of(first, second, third, fourth);
    }

    @Test
    void theTimelineIsNewestFirstByWhenTheContactHappened() {
        API.as().get("/api/teams/{team}/customers/{id}/interactions", API.team, customer).then().statusCode(200)
                .body("items.id", contains(ids.get(1), ids.get(0), ids.get(2))).body("totalItems", equalTo(3));
        API.as().queryParam("size", 1).queryParam("page", 2)
                .get("/api/teams/{team}/customers/{id}/interactions", API.team, customer).then()
                .body("items.id", contains(ids.get(2)));
    }

    @Test
    void voidedContactsStayVisibleAndMarkedUnlessExcluded() {
        API.as().get("/api/teams/{team}/customers/{id}/interactions", API.team, other).then()
                .body("items.id", contains(voided, ids.get(3))).body("items[0].voided", equalTo(true))
                .body("items[0].voidReason", equalTo("test call"));
        API.as().queryParam("includeVoided", false).get("/api/teams/{team}/interactions", API.team).then()
                .body("items.id", contains(ids.get(3), ids.get(1), ids.get(0), ids.get(2)));
    }

    @Test
    void theTeamListFiltersByAgentChannelDirectionCategoryOutcomeAndPeriod() {
        String path = "/api/teams/{team}/interactions";
        API.as().queryParam("agent", "bob").get(path, API.team).then().body("items.id", contains(ids.get(1)));
        API.as().queryParam("channel", "EMAIL").get(path, API.team).then().body("items.id", contains(ids.get(1)));
        API.as().queryParam("direction", "OUTBOUND").get(path, API.team).then().body("items.id", contains(ids.get(1)));
        API.as().queryParam("category", "COMPLAINT").get(path, API.team).then().body("items.id", contains(ids.get(2)));
        API.as().queryParam("outcome", "FOLLOW_UP_REQUIRED").get(path, API.team).then()
                .body("items.id", contains(ids.get(0)));
        API.as().queryParam("from", DAY.plusSeconds(3600).toString()).queryParam("to", DAY.plusSeconds(86400).toString())
                .get(path, API.team).then().body("items.id", contains(ids.get(1), ids.get(0)));
        API.as().queryParam("from", "yesterday").get(path, API.team).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        API.as().queryParam("outcome", "MAYBE").get(path, API.team).then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
    }

    @Test
    void openCasesAreListedOldestFirstAndAssessorsMayReadThem() {
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.assessor(API.team).mint())
                .get("/api/teams/{team}/cases", API.team).then().statusCode(200)
                .body("items.openingInteractionId", contains(ids.get(2), ids.get(0)))
                .body("items.status", contains("OPEN", "OPEN"));
        API.as().queryParam("status", "RESOLVED").get("/api/teams/{team}/cases", API.team).then()
                .body("items.openingInteractionId", contains(ids.get(1), ids.get(3)));
        API.as().queryParam("status", "VOIDED").get("/api/teams/{team}/cases", API.team).then()
                .body("totalItems", equalTo(1));
    }
}
