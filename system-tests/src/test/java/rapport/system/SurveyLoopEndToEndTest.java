package rapport.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rapport.events.Topics;
import rapport.testing.EventContract;
import rapport.testing.KafkaTestClient;
import rapport.testing.TestTokens;

/**
 * The survey loop through the real services and broker: a case resolved in customer-service → an
 * invitation e-mailed by feedback-service → the customer answers on the page → feedback.submitted.
 */
@ExtendWith(RunningSystem.class)
class SurveyLoopEndToEndTest {

    private static final String TEAM = "loop-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aResolvedCaseInvitesTheCustomerWhoAnswersOnce() throws Exception {
        String token = TestTokens.agent(TEAM).user("alice").mint();
        String email = "grace-" + TEAM + "@example.org";
        String customerId = RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body("{\"displayName\": \"Grace Hopper\", \"email\": \"" + email + "\", \"kind\": \"EXTERNAL\","
                        + " \"surveyConsent\": true}")
                .post("/api/teams/{team}/customers", TEAM).then().statusCode(201).extract().path("id");
        RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body("{\"occurredAt\": \"" + Instant.now().minus(10, ChronoUnit.MINUTES) + "\", \"channel\": \"PHONE\","
                        + " \"direction\": \"INBOUND\", \"category\": \"ENQUIRY\", \"outcome\": \"RESOLVED\","
                        + " \"summary\": \"Asked about opening hours; answered\", \"durationMinutes\": 4}")
                .post("/api/teams/{team}/customers/{id}/interactions", TEAM, customerId).then().statusCode(201);

        String surveyToken = SurveyMail.linkTokensMailedTo(email, 1).getFirst();
        RunningSystem.feedbackPage().get("/s/{token}", surveyToken)
                .then().statusCode(200).body(containsString("name=\"csat\""));
        RunningSystem.feedbackPage().contentType(ContentType.URLENC)
                .formParam("csat", "5").formParam("nps", "9").formParam("ces", "6")
                .formParam("comment", "Quick and friendly")
                .post("/s/{token}", surveyToken).then().statusCode(200);

        ConsumerRecord<String, String> submitted = KafkaTestClient.await(Topics.FEEDBACK,
                r -> customerId.equals(r.key()) && r.value().contains("rapport.feedback.submitted.v1"), 1,
                Duration.ofSeconds(30)).getFirst();
        EventContract.assertConforms(submitted.value());
        assertThat(submitted.value()).contains("\"csat\":5", "\"nps\":9", "\"agent\":\"alice\"");

        RunningSystem.feedbackPage().get("/s/{token}", surveyToken).then().statusCode(410);
        RunningSystem.feedbackService(token).get("/api/teams/{team}/responses", TEAM)
                .then().statusCode(200).body("items.size()", equalTo(1));
    }
}
