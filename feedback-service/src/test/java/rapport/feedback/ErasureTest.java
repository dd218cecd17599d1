package rapport.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.testing.KafkaTestClient;
import rapport.testing.TestDataKeys;
import rapport.testing.TestEvents;
import rapport.testing.TestTokens;

/** customer.erased: comments and personal data go, anonymous scores stay, links stop working. */
@QuarkusTest
class ErasureTest {

    private static final String TEAM = Fixtures.team("erase");

    @Test
    void recordedFeedbackAboutAnErasedCustomerKeepsItsScoresButTakesNoComment() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Ezra Erased", "ezra@example.org", true);
        TestEvents.publish(Fixtures.erased(TEAM, customer), customer);
        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from directory_customer where customer_id = ? and erased", customer) == 1);

        given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("source", "PAPER", "customerId", customer.toString(),
                        "answers", Map.of("csat", 4, "comment", "I am Ezra, call me on 07700 900123")))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/customer-erased"))
                .body("errors[0].field", equalTo("answers.comment"));
        assertThat(Fixtures.count("select count(*) from survey_response where customer_id = ?", customer)).isZero();
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("source", "PAPER", "customerId", customer.toString(), "answers", Map.of("csat", 4)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(201);
    }

    @Test
    void erasureForgetsTheStoredReplayOfARecordedResponseWithItsComment() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Rhea Replayed", "rhea@example.org", true);
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(io.restassured.http.ContentType.JSON)
                .header("Idempotency-Key", "paper-" + customer)
                .body(Map.of("source", "PAPER", "customerId", customer.toString(),
                        "answers", Map.of("csat", 5, "comment", "Rhea says the loan car was spotless")))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(201);
        String stored = "select count(*) from idempotency_request where strpos(body, 'loan car was spotless') > 0";
        assertThat(Fixtures.count(stored)).as("the replay keeps the comment before erasure").isEqualTo(1);

        TestEvents.publish(Fixtures.erased(TEAM, customer), customer);

        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from directory_customer where customer_id = ? and erased", customer) == 1);
        assertThat(Fixtures.count(stored)).as("no stored replay keeps the erased customer's words").isZero();
    }

    @Test
    void erasureDeletesCommentsAndPersonalDataKeepsScoresAndWithdrawsLinks() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Erin Erasable", "erin@example.org", true);
        Fixtures.answer(Fixtures.token(Fixtures.link(TEAM, customer)),
                Map.of("csat", "2", "nps", "3", "comment", "Erin's own words")).then().statusCode(200);
        String unanswered = Fixtures.token(Fixtures.link(TEAM, customer));

        TestEvents.publish(Fixtures.erased(TEAM, customer), customer);

        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from directory_customer where customer_id = ? and erased", customer) == 1);
        assertThat(Fixtures.count("select count(*) from directory_customer where customer_id = ? "
                + "and display_name is null and email is null and not survey_consent", customer)).isEqualTo(1);
        assertThat(Fixtures.count("select count(*) from survey_response where customer_id = ? "
                + "and comment is null and csat = 2 and nps = 3", customer)).isEqualTo(1);
        assertThat(Fixtures.count("select count(*) from data_key where subject_id = ? and data_key is null "
                + "and shredded_at is not null", customer)).as("the copy of the customer's key is gone").isEqualTo(1);
        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/responses?customerId={c}", TEAM, customer)
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].answers.csat", equalTo(2)).body("items[0].answers.comment", nullValue());
        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/directory/{c}", TEAM, customer)
                .then().statusCode(200).body("erased", equalTo(true)).body("displayName", nullValue());

        given().get("/s/{token}", unanswered).then().statusCode(410).body(containsString("withdrawn"));
        Fixtures.answer(unanswered, Map.of("csat", "5")).then().statusCode(410);
        assertThat(Fixtures.count("select count(*) from survey_response where customer_id = ?", customer))
                .isEqualTo(1);
    }

    @Test
    void aKeyTombstoneForgetsTheCopyAndALateCopyOfTheKeyIsNotStoredAgain() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Tomb Stone", "tomb@example.org", true);
        TestDataKeys.shred(customer);
        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from data_key where subject_id = ? and data_key is null", customer) == 1);
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).get("/api/teams/{team}/directory/{c}", TEAM, customer)
                .then().statusCode(200).body("displayName", nullValue());

        TestEvents.publish(Fixtures.erased(TEAM, customer), customer);
        TestDataKeys.republish(customer);
        // on the same partition (three in tests): its tombstone is read after the copy published again
        UUID marker = KafkaTestClient.keyOnTheSamePartitionAs(customer, 3);
        TestDataKeys.shred(marker);
        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from data_key where subject_id = ? and data_key is null", marker) == 1);
        assertThat(Fixtures.count("select count(*) from data_key where subject_id = ? and data_key is null", customer))
                .as("the key published again after erasure stays forgotten").isEqualTo(1);
    }

    @Test
    void aLateRegistrationDoesNotBringErasedDataBack() throws Exception {
        UUID customer = UUID.randomUUID();
        TestEvents.publish(Fixtures.erased(TEAM, customer), customer);
        String registration = Fixtures.registered(TEAM, customer, "Zombie", "zombie@example.org", true);
        TestEvents.publish(registration, customer);
        UUID registrationId = UUID.fromString(registration.replaceFirst(".*\"id\":\"([^\"]+)\".*", "$1"));
        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from processed_event where event_id = ?", registrationId) == 1);
        assertThat(Fixtures.string("select coalesce(display_name, '') || coalesce(email, '') "
                + "from directory_customer where customer_id = ? and erased", customer)).isEmpty();
    }

    @Test
    void handMadeInvitationsForAnErasedCustomerAreRefused() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Soon Erased", null, true);
        TestEvents.publish(Fixtures.erased(TEAM, customer), customer);
        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from directory_customer where customer_id = ? and erased", customer) == 1);
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType("application/json")
                .body(Map.of("customerId", customer.toString()))
                .post("/api/teams/{team}/invitations", TEAM)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/customer-erased"))
                .body("errors[0].field", equalTo("customerId"));
    }
}
