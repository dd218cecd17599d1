package rapport.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rapport.events.Topics;
import rapport.testing.EventContract;
import rapport.testing.KafkaTestClient;
import rapport.testing.TestTokens;

/**
 * Issue 4's loop through the real services and broker: a case resolved in customer-service → an
 * invitation e-mailed by feedback-service → the customer answers on the page → feedback.submitted.
 */
@ExtendWith(RunningSystem.class)
class SurveyLoopEndToEndTest {

    private static final String TEAM = "loop-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Pattern LINK = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/s/([A-Za-z0-9_-]+)");

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

        String surveyToken = linkTokenMailedTo(email);
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

    private static String linkTokenMailedTo(String email) throws Exception {
        MimeMessage[] received = await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(
                RunningSystem.mail().getReceivedMessages()).filter(m -> sentTo(m, email)).toArray(MimeMessage[]::new),
                messages -> messages.length == 1);
        Matcher link = LINK.matcher(text(received[0]));
        assertThat(link.find()).as("the invitation mail carries the survey link").isTrue();
        return link.group(1);
    }

    /** Every text part of a message, decoded. */
    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
        } catch (Exception e) {
            return false;
        }
    }
}
