package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FollowUpPromisesTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static io.restassured.response.ValidatableResponse promise(TeamApi api, String customer,
            Map<String, Object> body) {
        return api.as().body(body).post("/api/teams/{team}/customers/{id}/follow-ups", api.team, customer).then();
    }

    private static io.restassured.response.ValidatableResponse complete(TeamApi api, String followUp) {
        return api.as().post("/api/teams/{team}/follow-ups/{id}/complete", api.team, followUp).then();
    }

    @Test
    void aPromiseFromAContactIsDueThenOverdueUntilCompletedOnce() throws Exception {
        TeamApi api = new TeamApi("promises");
        String customer = api.registerCustomer("Waiting Customer");
        var contact = api.log(customer, TeamApi.contact("outcome", "FOLLOW_UP_REQUIRED")).statusCode(201)
                .extract().jsonPath();
        Instant due = Instant.now().plus(Duration.ofHours(2));
        String id = promise(api, customer, Map.of("promise", "Call back with the courier's answer",
                "dueAt", due.toString(), "interactionId", contact.getString("id")))
                .statusCode(201).body("caseId", equalTo(contact.getString("caseId"))).body("overdue", equalTo(false))
                .extract().path("id");
        String later = promise(api, customer, Map.of("promise", "Send a voucher", "agent", "bob",
                "dueAt", Instant.now().plus(Duration.ofDays(3)).toString())).statusCode(201).extract().path("id");

        String list = "/api/teams/{team}/follow-ups";
        api.as().queryParam("state", "DUE").get(list, api.team).then().statusCode(200).body("items.id", contains(id));
        api.as().queryParam("state", "OPEN").get(list, api.team).then().body("items.id", contains(id, later));
        api.as().queryParam("state", "OVERDUE").get(list, api.team).then().body("totalItems", equalTo(0));
        api.as().queryParam("agent", "bob").get(list, api.team).then().body("items.id", contains(later));

        clock.advance(Duration.ofHours(3));
        api.as().queryParam("state", "OVERDUE").get(list, api.team).then()
                .body("items.id", contains(id)).body("items[0].overdue", equalTo(true));
        api.as().queryParam("state", "DUE").queryParam("agent", api.user).get(list, api.team).then()
                .body("items.id", contains(id));

        complete(api, id).statusCode(200).body("completedBy", equalTo(api.user)).body("completedAt", notNullValue())
                .body("overdue", equalTo(false));
        int events = TeamApi.outboxRows(customer);
        complete(api, id).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/already-completed"));
        assertThat(TeamApi.outboxRows(customer)).isEqualTo(events);
        api.as().queryParam("state", "OVERDUE").get(list, api.team).then().body("totalItems", equalTo(0));
        api.as().queryParam("state", "COMPLETED").get(list, api.team).then().body("items.id", contains(id));

        List<JsonNode> published = InteractionEventsTest.awaitEvents(customer, 6); // registered, logged, opened, 2 promised, completed
        JsonNode promised = published.stream()
                .filter(e -> e.get("type").asText().equals("rapport.followup.promised.v1")).findFirst().orElseThrow();
        assertThat(promised.get("data").get("interactionId").asText()).isEqualTo(contact.getString("id"));
        assertThat(promised.toString()).doesNotContain("courier");
        JsonNode completed = published.getLast();
        assertThat(completed.get("type").asText()).isEqualTo("rapport.followup.completed.v1");
        assertThat(completed.get("data").get("promiseId").asText()).isEqualTo(id);
    }

    @Test
    void aPromiseDueBeforeItWasMadeOrFromAnotherCustomersContactIsRefused() {
        TeamApi api = new TeamApi("promises-bad");
        String customer = api.registerCustomer("Strict Customer");
        String other = api.registerCustomer("Other Customer");
        String othersContact = api.logOk(other, TeamApi.contact());
        int events = TeamApi.outboxRows(customer);
        promise(api, customer, Map.of("promise", "Too late", "dueAt", Instant.now().minusSeconds(60).toString()))
                .statusCode(422).body("type", equalTo("https://rapport.dev/problems/due-before-promised"))
                .body("errors[0].field", equalTo("dueAt"));
        promise(api, customer, Map.of("promise", "Wrong contact", "dueAt", Instant.now().plusSeconds(600).toString(),
                "interactionId", othersContact)).statusCode(422).body("errors[0].field", equalTo("interactionId"));
        promise(api, customer, Map.of("promise", "x".repeat(1001), "dueAt", Instant.now().plusSeconds(600).toString()))
                .statusCode(400).body("errors[0].field", equalTo("promise"));
        promise(api, customer, Map.of("promise", "No date")).statusCode(400).body("errors[0].field", equalTo("dueAt"));
        complete(api, UUID.randomUUID().toString()).statusCode(404);
        api.as().queryParam("state", "SOMEDAY").get("/api/teams/{team}/follow-ups", api.team).then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        assertThat(TeamApi.outboxRows(customer)).isEqualTo(events);
        assertThat(TeamApi.count("select count(*) from follow_up where customer_id = ?", UUID.fromString(customer)))
                .isZero();
    }
}
