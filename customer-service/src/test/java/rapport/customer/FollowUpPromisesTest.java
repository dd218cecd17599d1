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
    void aPromiseRecordedAfterTheFactKeepsItsTimesAndItsEventsCarryThem() throws Exception {
        TeamApi api = new TeamApi("promises-late");
        String customer = api.registerCustomer("Patient Customer");
        Instant promisedAt = Instant.parse("2026-01-05T09:30:00Z");
        Instant dueAt = Instant.parse("2026-01-06T17:00:00Z");
        Instant completedAt = Instant.parse("2026-01-07T10:15:00Z");

        String id = promise(api, customer, Map.of("promise", "Ring back about the MOT", "promisedAt",
                promisedAt.toString(), "dueAt", dueAt.toString())).statusCode(201)
                .body("promisedAt", equalTo(promisedAt.toString())).body("overdue", equalTo(true)).extract().path("id");
        api.as().body(Map.of("completedAt", completedAt.toString()))
                .post("/api/teams/{team}/follow-ups/{id}/complete", api.team, id).then().statusCode(200)
                .body("completedAt", equalTo(completedAt.toString())).body("overdue", equalTo(false));

        List<JsonNode> published = InteractionEventsTest.awaitEvents(customer, 3); // registered, promised, completed
        assertThat(published.get(1).get("data").get("promisedAt").asText()).isEqualTo(promisedAt.toString());
        assertThat(published.get(1).get("data").get("dueAt").asText()).isEqualTo(dueAt.toString());
        assertThat(published.get(2).get("data").get("completedAt").asText()).isEqualTo(completedAt.toString());
    }

    @Test
    void completingWithoutABodyOrWithAnEmptyOneMeansNow() {
        TeamApi api = new TeamApi("promises-now");
        String customer = api.registerCustomer("Prompt Customer");
        String due = Instant.now().plus(Duration.ofDays(1)).toString();
        String bare = promise(api, customer, Map.of("promise", "a", "dueAt", due)).statusCode(201).extract().path("id");
        String empty = promise(api, customer, Map.of("promise", "b", "dueAt", due)).statusCode(201).extract().path("id");
        Instant before = Instant.now();

        Instant bareAt = Instant.parse(io.restassured.RestAssured.given().auth().oauth2(api.token())
                .post("/api/teams/{team}/follow-ups/{id}/complete", api.team, bare).then().statusCode(200)
                .extract().path("completedAt"));
        Instant emptyAt = Instant.parse(api.as().body("{}").post("/api/teams/{team}/follow-ups/{id}/complete",
                api.team, empty).then().statusCode(200).extract().path("completedAt"));

        assertThat(bareAt).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(emptyAt).isBetween(before.minusSeconds(1), Instant.now());
    }

    @Test
    void timesInTheFutureOrOutOfOrderAreRefusedAndLeaveNothingBehind() {
        TeamApi api = new TeamApi("promises-times");
        String customer = api.registerCustomer("Careful Customer");
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String inFuture = Instant.now().plus(Duration.ofHours(1)).toString();

        refused(api, customer, () -> promise(api, customer, Map.of("promise", "p", "promisedAt", inFuture,
                "dueAt", Instant.now().plus(Duration.ofDays(1)).toString())), 422, "promisedAt")
                .body("type", equalTo("https://rapport.dev/problems/time-in-future"));
        refused(api, customer, () -> promise(api, customer, Map.of("promise", "p", "promisedAt", hourAgo.toString(),
                "dueAt", hourAgo.minusSeconds(60).toString())), 422, "dueAt")
                .body("type", equalTo("https://rapport.dev/problems/due-before-promised"));
        refused(api, customer, () -> promise(api, customer, Map.of("promise", "p", "promisedAt", "yesterday",
                "dueAt", inFuture)), 400, "promisedAt");

        String id = promise(api, customer, Map.of("promise", "p", "promisedAt", hourAgo.toString(),
                "dueAt", Instant.now().plus(Duration.ofDays(1)).toString())).statusCode(201).extract().path("id");
        refused(api, customer, () -> completeAt(api, id, inFuture), 422, "completedAt")
                .body("type", equalTo("https://rapport.dev/problems/time-in-future"));
        refused(api, customer, () -> completeAt(api, id, hourAgo.minusSeconds(1).toString()), 422, "completedAt")
                .body("type", equalTo("https://rapport.dev/problems/completed-before-promised"));
        refused(api, customer, () -> completeAt(api, id, "soon"), 400, "completedAt");
        assertThat(TeamApi.count("select count(*) from follow_up where id = ? and completed_at is null",
                UUID.fromString(id))).isOne();

        // the promise's own time is a valid completion time
        completeAt(api, id, hourAgo.toString()).statusCode(200).body("completedAt", equalTo(hourAgo.toString()));
    }

    private static io.restassured.response.ValidatableResponse completeAt(TeamApi api, String followUp, String at) {
        return api.as().body(Map.of("completedAt", at))
                .post("/api/teams/{team}/follow-ups/{id}/complete", api.team, followUp).then();
    }

    /** A refused request is checked for what it did not leave behind: no promise, no completion, no event. */
    private static io.restassured.response.ValidatableResponse refused(TeamApi api, String customer,
            java.util.function.Supplier<io.restassured.response.ValidatableResponse> request, int status,
            String field) {
        int events = TeamApi.outboxRows(customer);
        UUID id = UUID.fromString(customer);
        int promises = TeamApi.count("select count(*) from follow_up where customer_id = ?", id);
        int completed = TeamApi.count("select count(*) from follow_up where customer_id = ? and completed_at is not null",
                id);
        var response = request.get().statusCode(status).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(field));
        assertThat(TeamApi.outboxRows(customer)).as("no event").isEqualTo(events);
        assertThat(TeamApi.count("select count(*) from follow_up where customer_id = ?", id)).as("no promise")
                .isEqualTo(promises);
        assertThat(TeamApi.count("select count(*) from follow_up where customer_id = ? and completed_at is not null",
                id)).as("no completion").isEqualTo(completed);
        return response;
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
