package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.restassured.response.ValidatableResponse;

/** Bad input to the contact endpoints: a specific 4xx problem, nothing stored, no event. */
@QuarkusTest
class InteractionValidationTest {

    private static final TeamApi API = new TeamApi("badinput");
    private static final TeamApi OTHER_TEAM = new TeamApi("other");
    private String customer;

    @BeforeEach
    void aCustomer() {
        customer = API.registerCustomer("Validation Customer");
    }

    @Test
    void anUnknownEnumValueNamesTheField() {
        refused(() -> API.log(customer, TeamApi.contact("channel", "PIGEON")), 400, "channel")
                .body("errors[0].message", containsString("FACE_TO_FACE"));
        refused(() -> API.log(customer, TeamApi.contact("techniques", java.util.List.of("MIND_READING"))), 400,
                "techniques[0]");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        Map<String, Object> contact = TeamApi.contact();
        contact.remove("outcome");
        contact.remove("occurredAt");
        contact.put("summary", " ");
        refused(() -> API.log(customer, contact), 400, "outcome")
                .body("errors.field", hasItem("occurredAt"))
                .body("errors.field", hasItem("summary"));
    }

    @Test
    void oversizedTextAndOutOfRangeNumbersAreRefused() {
        refused(() -> API.log(customer, TeamApi.contact("summary", "x".repeat(4001))), 400, "summary");
        refused(() -> API.log(customer, TeamApi.contact("durationMinutes", -1)), 400, "durationMinutes");
        refused(() -> API.log(customer, TeamApi.contact("agent", "not a user name!")), 400, "agent");
    }

    @Test
    void malformedUuidsInBodyAndPathAreNamed() {
        refused(() -> API.log(customer, TeamApi.contact("caseId", "12345")), 400, "caseId");
        API.log("not-a-uuid", TeamApi.contact()).statusCode(400).body("errors[0].field", equalTo("customerId"));
    }

    @Test
    void aCaseOfAnotherCustomerIsRefused() {
        String otherCustomer = API.registerCustomer("Other Customer");
        String othersCase = API.log(otherCustomer, TeamApi.contact()).statusCode(201).extract().path("caseId");
        refused(() -> API.log(customer, TeamApi.contact("caseId", othersCase)), 422, "caseId")
                .body("type", equalTo("https://rapport.dev/problems/case-of-another-customer"));
    }

    @Test
    void aCaseOfAnotherTeamIsRefusedWithoutRevealingIt() {
        String foreignCustomer = OTHER_TEAM.registerCustomer("Foreign Customer");
        String foreignCase = OTHER_TEAM.log(foreignCustomer, TeamApi.contact()).statusCode(201).extract().path("caseId");
        refused(() -> API.log(customer, TeamApi.contact("caseId", foreignCase)), 422, "caseId")
                .body("type", equalTo("https://rapport.dev/problems/unknown-case"));
        refused(() -> API.log(customer, TeamApi.contact("caseId", UUID.randomUUID().toString())), 422, "caseId");
    }

    @Test
    void occurredAtBeyondTheClockSkewToleranceIsRefusedButWithinItIsAccepted() {
        refused(() -> API.log(customer, TeamApi.contact("occurredAt", Instant.now().plusSeconds(3600).toString())),
                422, "occurredAt").body("type", equalTo("https://rapport.dev/problems/time-in-future"));
        API.log(customer, TeamApi.contact("occurredAt", Instant.now().plusSeconds(120).toString())).statusCode(201);
    }

    @Test
    void anUnknownCustomerIs404AndAnotherTeamsCustomerToo() {
        API.log(UUID.randomUUID().toString(), TeamApi.contact()).statusCode(404)
                .body("type", equalTo("https://rapport.dev/problems/not-found"));
        String foreignCustomer = OTHER_TEAM.registerCustomer("Foreign Customer");
        int before = TeamApi.outboxRows(foreignCustomer);
        API.log(foreignCustomer, TeamApi.contact()).statusCode(404);
        assertThat(TeamApi.outboxRows(foreignCustomer)).isEqualTo(before);
    }

    @Test
    void voidingTwiceIsAConflictAndPublishesNothingMore() {
        String id = API.logOk(customer, TeamApi.contact());
        API.as().body("{\"reason\": \"duplicate entry\"}").post("/api/teams/{team}/interactions/{id}/void", API.team, id)
                .then().statusCode(200);
        int events = TeamApi.outboxRows(customer);
        API.as().body("{\"reason\": \"again\"}").post("/api/teams/{team}/interactions/{id}/void", API.team, id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/already-voided"));
        assertThat(TeamApi.outboxRows(customer)).isEqualTo(events);
        API.as().body("{\"reason\": \"\"}").post("/api/teams/{team}/interactions/{id}/void", API.team, id)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        API.as().body("{\"reason\": \"x\"}").post("/api/teams/{team}/interactions/{id}/void", API.team, UUID.randomUUID())
                .then().statusCode(404);
    }

    /** Runs a request that must fail, and checks it left no interaction and no event behind. */
    private ValidatableResponse refused(Supplier<ValidatableResponse> request, int status, String field) {
        int events = TeamApi.outboxRows(customer);
        int interactions = TeamApi.count("select count(*) from interaction where customer_id = ?", UUID.fromString(customer));
        int cases = TeamApi.count("select count(*) from support_case where customer_id = ?", UUID.fromString(customer));
        ValidatableResponse response = request.get().statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(TeamApi.outboxRows(customer)).as("no event").isEqualTo(events);
        assertThat(TeamApi.count("select count(*) from interaction where customer_id = ?", UUID.fromString(customer)))
                .as("no interaction").isEqualTo(interactions);
        assertThat(TeamApi.count("select count(*) from support_case where customer_id = ?", UUID.fromString(customer)))
                .as("no case").isEqualTo(cases);
        return response;
    }
}
