package rapport.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import rapport.events.Topics;
import rapport.personaldata.FieldCipher;
import rapport.testing.EventContract;
import rapport.testing.KafkaTestClient;
import rapport.testing.TestDataKeys;
import rapport.testing.TestEvents;
import rapport.testing.TestTokens;
import rapport.web.idempotency.IdempotencyPurge;

/** The team API: recorded feedback, refused bad input, filtered lists and summary counts. */
@QuarkusTest
class ResponsesApiTest {

    @jakarta.inject.Inject
    IdempotencyPurge purge;

    private static final String TEAM = Fixtures.team("resp");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RequestSpecification as(String team) {
        return given().auth().oauth2(TestTokens.agent(team).user("rita").mint()).contentType(ContentType.JSON);
    }

    @Test
    void aTeamMemberRecordsPaperFeedbackGivenInThePast() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Paper Person", null, true);
        Instant lastWeek = Instant.parse("2026-11-16T10:15:00Z");
        String id = as(TEAM).body(Map.of("source", "PAPER", "submittedAt", lastWeek.toString(),
                        "customerId", customer.toString(), "agent", "paula", "channel", "FACE_TO_FACE",
                        "answers", Map.of("csat", 4, "ces", 7, "rater", Map.of("tangibles", 3), "comment", "Nice shop")))
                .post("/api/teams/{team}/responses", TEAM)
                .then().statusCode(201)
                .body("source", equalTo("PAPER"))
                .body("submittedAt", equalTo("2026-11-16T10:15:00Z"))
                .body("recordedBy", equalTo("rita"))
                .body("answers.rater.tangibles", equalTo(3))
                .extract().path("id");

        ConsumerRecord<String, String> event = KafkaTestClient.awaitContaining(Topics.FEEDBACK, id, 1).getFirst();
        EventContract.assertConforms(event.value());
        assertThat(event.key()).isEqualTo(customer.toString());
        assertThat(event.value()).contains("\"source\":\"PAPER\"", "\"submittedAt\":\"2026-11-16T10:15:00Z\"")
                .as("the comment leaves protected with the customer's key").doesNotContain("Nice shop");
        String comment = JSON.readTree(event.value()).path("data").path("comment").asText();
        assertThat(FieldCipher.reveal(TestDataKeys.made(customer).orElseThrow(), customer, "comment", comment))
                .isEqualTo("Nice shop");
    }

    @Test
    void anAnonymousResponseIsKeyedByItsOwnIdAndItsCommentByAKeyOfItsOwn() throws Exception {
        String id = as(TEAM).body(Map.of("source", "PHONE", "answers", Map.of("nps", 8, "comment", "Ask for Sam")))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(201).extract().path("id");
        ConsumerRecord<String, String> event = KafkaTestClient.awaitContaining(Topics.FEEDBACK, id, 1).getFirst();
        EventContract.assertConforms(event.value());
        assertThat(event.key()).isEqualTo(id);
        assertThat(event.value()).doesNotContain("Ask for Sam");
        UUID response = UUID.fromString(id);
        String comment = JSON.readTree(event.value()).path("data").path("comment").asText();
        assertThat(FieldCipher.reveal(TestDataKeys.published(response), response, "comment", comment))
                .as("feedback-service published the response's own key").isEqualTo("Ask for Sam");
    }

    @Test
    void badInputIsASpecific400AndNothingIsStoredOrPublished() throws Exception {
        long stored = Fixtures.responsesOf(TEAM);
        long events = Fixtures.feedbackEventsOf(TEAM);
        as(TEAM).body(Map.of("source", "PAPER", "answers", Map.of("csat", 6, "nps", -1, "rater", Map.of("empathy", 9))))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("answers.csat", "answers.nps", "answers.rater.empathy"));
        as(TEAM).body(Map.of("source", "PAPER", "answers", Map.of("comment", "no scores")))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(400)
                .body("type", equalTo("https://rapport.dev/problems/empty-answer"));
        as(TEAM).body(Map.of("source", "PAPER", "submittedAt", Instant.now().plus(Duration.ofHours(1)).toString(),
                        "answers", Map.of("csat", 3)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(400)
                .body("errors[0].field", equalTo("submittedAt"));
        as(TEAM).body(Map.of("source", "SURVEY_LINK", "answers", Map.of("csat", 3)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(400)
                .body("errors[0].field", equalTo("source"));
        as(TEAM).body(Map.of("source", "CARRIER_PIGEON", "answers", Map.of("csat", 3)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(400)
                .body("errors[0].field", equalTo("source"));
        as(TEAM).body(Map.of("source", "PAPER", "answers", Map.of("csat", 3, "comment", "y".repeat(2001))))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(400)
                .body("errors[0].field", equalTo("answers.comment"));
        as(TEAM).body(Map.of("source", "PAPER", "customerId", UUID.randomUUID().toString(),
                        "answers", Map.of("csat", 3)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(404);
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(stored);
        assertThat(Fixtures.feedbackEventsOf(TEAM)).isEqualTo(events);
    }

    @Test
    void anotherTeamsLinkCannotBeAnsweredThroughThisTeamsApi() throws Exception {
        String otherTeam = Fixtures.team("resp-other");
        UUID theirs = Fixtures.knownCustomer(otherTeam, "Theirs", null, true);
        String token = Fixtures.token(Fixtures.link(otherTeam, theirs));
        String invitationId = given().auth().oauth2(TestTokens.agent(otherTeam).mint())
                .get("/api/teams/{team}/invitations", otherTeam).then().extract().path("items[0].id");
        long stored = Fixtures.responsesOf(TEAM);

        as(TEAM).body(Map.of("source", "PAPER", "invitationToken", token, "answers", Map.of("csat", 1)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(404)
                .contentType("application/problem+json").body("errors[0].field", equalTo("invitationToken"));
        as(TEAM).body(Map.of("source", "PAPER", "invitationId", invitationId, "answers", Map.of("csat", 1)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(404)
                .body("errors[0].field", equalTo("invitationId"));
        as(otherTeam).body(Map.of("source", "PAPER", "invitationToken", token, "answers", Map.of("csat", 1)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(403);

        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(stored);
        assertThat(Fixtures.responsesOf(otherTeam)).isZero();
        given().get("/s/{token}", token).then().statusCode(200);
    }

    @Test
    void aRecordedAnswerClosesTheInvitationAndASecondOneIsAConflict() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Phoned", null, true);
        String token = Fixtures.token(Fixtures.link(TEAM, customer));
        as(TEAM).body(Map.of("source", "PHONE", "invitationToken", token, "answers", Map.of("nps", 10)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(201)
                .body("customerId", equalTo(customer.toString()))
                .body("invitationId", org.hamcrest.Matchers.notNullValue());
        long stored = Fixtures.responsesOf(TEAM);
        as(TEAM).body(Map.of("source", "PHONE", "invitationToken", token, "answers", Map.of("nps", 0)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(409)
                .body("type", equalTo("https://rapport.dev/problems/invitation-answered"));
        Fixtures.answer(token, Map.of("nps", "0")).then().statusCode(410);
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(stored);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyStoresOnce() throws Exception {
        String key = "paper-" + UUID.randomUUID();
        String first = as(TEAM).header("Idempotency-Key", key).body(Map.of("source", "PAPER", "answers", Map.of("csat", 2)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(201).extract().path("id");
        long stored = Fixtures.responsesOf(TEAM);
        as(TEAM).header("Idempotency-Key", key).body(Map.of("source", "PAPER", "answers", Map.of("csat", 2)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(201).body("id", equalTo(first));
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(stored);
    }

    @Test
    void theSameIdempotencyKeyWithADifferentRequestIsRefusedAndStoresNothing() throws Exception {
        String key = "paper-" + UUID.randomUUID();
        as(TEAM).header("Idempotency-Key", key).body(Map.of("source", "PAPER", "answers", Map.of("csat", 4)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(201);
        long stored = Fixtures.responsesOf(TEAM);
        as(TEAM).header("Idempotency-Key", key).body(Map.of("source", "PAPER", "answers", Map.of("csat", 1)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(stored);
    }

    @Test
    void aResponsesCaseMustBeAResolvedCaseOfThisTeamAndCustomer() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Case Checked", null, false);
        UUID other = Fixtures.knownCustomer(TEAM, "Other Customer", null, false);
        UUID ownCase = UUID.randomUUID();
        UUID foreignCase = UUID.randomUUID();
        String foreignTeam = Fixtures.team("resp-foreign");
        UUID foreignCustomer = Fixtures.knownCustomer(foreignTeam, "Foreign", null, false);
        TestEvents.publish(Fixtures.resolved(TEAM, customer, ownCase, 1, "rita"), customer);
        TestEvents.publish(Fixtures.resolved(foreignTeam, foreignCustomer, foreignCase, 1, "rita"), foreignCustomer);
        org.awaitility.Awaitility.await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from case_resolution where case_id in (?, ?)", ownCase, foreignCase) == 2);
        long stored = Fixtures.responsesOf(TEAM);

        for (UUID refused : new UUID[] { foreignCase, UUID.randomUUID() }) {
            as(TEAM).body(Map.of("source", "PAPER", "customerId", customer.toString(), "caseId", refused.toString(),
                    "answers", Map.of("csat", 3))).post("/api/teams/{team}/responses", TEAM).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        as(TEAM).body(Map.of("source", "PAPER", "customerId", other.toString(), "caseId", ownCase.toString(),
                "answers", Map.of("csat", 3))).post("/api/teams/{team}/responses", TEAM).then().statusCode(422)
                .body("type", equalTo("https://rapport.dev/problems/case-of-another-customer"))
                .body("errors[0].field", equalTo("caseId"));
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(stored);
        as(TEAM).body(Map.of("source", "PAPER", "customerId", customer.toString(), "caseId", ownCase.toString(),
                "answers", Map.of("csat", 3))).post("/api/teams/{team}/responses", TEAM).then().statusCode(201)
                .body("caseId", equalTo(ownCase.toString()));
    }

    @Test
    void idempotencyKeysExpireAfterTheRetentionAndTheKeyThenMakesANewRequest() throws Exception {
        String key = "paper-" + UUID.randomUUID();
        as(TEAM).header("Idempotency-Key", key).body(Map.of("source", "PAPER", "answers", Map.of("csat", 3)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(201);
        Fixtures.execute("update idempotency_request set created_at = now() - interval '2 days' where idempotency_key = ?",
                key);
        assertThat(purge.purgeExpired()).isGreaterThanOrEqualTo(1);
        long stored = Fixtures.responsesOf(TEAM);
        as(TEAM).header("Idempotency-Key", key).body(Map.of("source", "PAPER", "answers", Map.of("csat", 5)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(201);
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(stored + 1);
    }

    @Test
    void listsFilterByPeriodAgentChannelAndScoreBandsAndSummariesCount() {
        String team = Fixtures.team("resp-list");
        record(team, "2026-10-05T09:00:00Z", "ann", "PHONE", Map.of("csat", 1, "nps", 3));
        record(team, "2026-10-06T09:00:00Z", "ann", "EMAIL", Map.of("csat", 2, "nps", 7));
        record(team, "2026-10-07T09:00:00Z", "ben", "PHONE", Map.of("csat", 5, "nps", 10, "ces", 6));
        record(team, "2026-10-07T23:30:00Z", "ben", "PHONE", Map.of("ces", 2, "rater", Map.of("empathy", 4)));
        UUID customer = Fixtures.knownCustomer(team, "Linked", null, true);
        Fixtures.link(team, customer);

        list(team, Map.of("csat", "1..2")).body("totalItems", equalTo(2)).body("items.agent", contains("ann", "ann"));
        list(team, Map.of("nps", "detractor")).body("totalItems", equalTo(1)).body("items[0].answers.nps", equalTo(3));
        list(team, Map.of("nps", "promoter", "agent", "ben")).body("totalItems", equalTo(1));
        list(team, Map.of("channel", "PHONE", "ces", "5..7")).body("totalItems", equalTo(1));
        // 2026-10-07T23:30Z is already 8 October in London (BST): a date starts its day in the reporting zone
        list(team, Map.of("from", "2026-10-06", "to", "2026-10-08")).body("totalItems", equalTo(2));
        list(team, Map.of("from", "2026-10-08")).body("totalItems", equalTo(1));
        list(team, Map.of("size", "2")).body("totalItems", equalTo(4)).body("items.size()", equalTo(2))
                .body("items[0].submittedAt", equalTo("2026-10-07T23:30:00Z"));
        list(team, Map.of("size", "2", "page", "1")).body("items[1].submittedAt", equalTo("2026-10-05T09:00:00Z"));
        list(team, Map.of()).body("page", equalTo(0)).body("size", equalTo(20)).body("totalItems", equalTo(4));

        list(team, Map.of("csat", "0..3")).statusCode(400);
        list(team, Map.of("nps", "grumpy")).statusCode(400);
        list(team, Map.of("from", "yesterday")).statusCode(400);
        list(team, Map.of("size", "500")).statusCode(400);
        list(team, Map.of("size", "101")).statusCode(400).body("errors[0].field", equalTo("size"));
        list(team, Map.of("channel", "PIGEON")).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));

        given().auth().oauth2(TestTokens.assessor(team).mint()).get("/api/teams/{team}/responses/summary", team)
                .then().statusCode(200)
                .body("responses", equalTo(4))
                .body("bySource.PAPER", equalTo(4))
                .body("csat.answered", equalTo(3)).body("csat.byScore.'1'", equalTo(1)).body("csat.satisfied", equalTo(1))
                .body("nps.answered", equalTo(3)).body("nps.detractors", equalTo(1)).body("nps.passives", equalTo(1))
                .body("nps.promoters", equalTo(1))
                .body("ces.answered", equalTo(2)).body("ces.easy", equalTo(1))
                .body("rater.empathy", equalTo(1)).body("rater.reliability", equalTo(0))
                .body("invitations.sent", equalTo(1)).body("invitations.answered", equalTo(0));
        given().auth().oauth2(TestTokens.assessor(team).mint())
                .get("/api/teams/{team}/responses/summary?agent=ann", team)
                .then().statusCode(200).body("responses", equalTo(2)).body("csat.byScore.'2'", equalTo(1));
    }

    private static void record(String team, String submittedAt, String agent, String channel, Map<String, ?> answers) {
        as(team).body(Map.of("source", "PAPER", "submittedAt", submittedAt, "agent", agent, "channel", channel,
                "answers", answers)).post("/api/teams/{team}/responses", team).then().statusCode(201);
    }

    private static io.restassured.response.ValidatableResponse list(String team, Map<String, ?> query) {
        return given().auth().oauth2(TestTokens.agent(team).mint()).queryParams(query)
                .get("/api/teams/{team}/responses", team).then();
    }

}
