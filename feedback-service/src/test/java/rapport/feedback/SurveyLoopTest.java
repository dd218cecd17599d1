package rapport.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import rapport.events.Topics;
import rapport.personaldata.FieldCipher;
import rapport.testing.EventContract;
import rapport.testing.KafkaTestClient;
import rapport.testing.TestDataKeys;
import rapport.testing.TestEvents;
import rapport.testing.TestTokens;

/** The whole loop as far as this service reaches: customer events in, a mailed link, an answer, events out. */
@QuarkusTest
class SurveyLoopTest {

    private static final String TEAM = Fixtures.team("loop");
    private static final Pattern LINK = Pattern.compile("http://127\\.0\\.0\\.1:8082/s/([A-Za-z0-9_-]{43})");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MockMailbox mailbox;

    @Test
    void aResolvedCaseInvitesByMailAndTheAnswerIsPublishedAsAContractEvent() throws Exception {
        UUID customer = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        String email = "loop-" + customer + "@example.org";
        TestEvents.publish(Fixtures.registered(TEAM, customer, "Grace Hopper", email, true), customer);
        TestEvents.publish(Fixtures.resolved(TEAM, customer, caseId, 1, "alice"), customer);

        await().atMost(Fixtures.EVENTUALLY).until(() -> !mailbox.getMailsSentTo(email).isEmpty());
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getText()).contains("Hello Grace Hopper");
        Matcher link = LINK.matcher(mails.getFirst().getText());
        assertThat(link.find()).as("the mail carries the survey link").isTrue();
        assertThat(mails.getFirst().getHtml()).contains(link.group());
        String token = link.group(1);

        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/invitations?customerId={c}", TEAM, customer)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].caseId", equalTo(caseId.toString()))
                .body("items[0].agent", equalTo("alice"))
                .body("items[0].channel", equalTo("PHONE"))
                .body("items[0].delivery", equalTo("EMAIL"))
                .body("items[0].status", equalTo("OPEN"));

        given().get("/s/{token}", token).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("How likely are you to recommend us"))
                .body(containsString("name=\"csat\""))
                .body(containsString("name=\"ces\""))
                .body(containsString("name=\"empathy\""));

        Fixtures.answer(token, Map.of("csat", "5", "nps", "9", "ces", "6", "empathy", "4", "comment", "Lovely"))
                .then().statusCode(200).body(containsString("Thank you"));

        ConsumerRecord<String, String> submitted = KafkaTestClient.await(Topics.FEEDBACK,
                r -> r.value().contains("rapport.feedback.submitted.v1") && r.value().contains(customer.toString()),
                1, Duration.ofSeconds(30)).getFirst();
        EventContract.assertConforms(submitted.value());
        assertThat(submitted.key()).isEqualTo(customer.toString());
        JsonNode data = JSON.readTree(submitted.value()).path("data");
        assertThat(data.path("source").asText()).isEqualTo("SURVEY_LINK");
        assertThat(data.path("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(data.path("agent").asText()).isEqualTo("alice");
        assertThat(data.path("channel").asText()).isEqualTo("PHONE");
        assertThat(data.path("csat").asInt()).isEqualTo(5);
        assertThat(data.path("nps").asInt()).isEqualTo(9);
        assertThat(data.path("ces").asInt()).isEqualTo(6);
        assertThat(data.path("rater").path("empathy").asInt()).isEqualTo(4);
        assertThat(data.path("rater").path("reliability").isNull()).isTrue();
        assertThat(submitted.value()).doesNotContain("Lovely");
        assertThat(FieldCipher.reveal(TestDataKeys.made(customer).orElseThrow(), customer, "comment",
                data.path("comment").asText())).as("protected with the customer's key").isEqualTo("Lovely");

        ConsumerRecord<String, String> sent = KafkaTestClient.await(Topics.FEEDBACK,
                r -> r.value().contains("rapport.invitation.sent.v1") && r.value().contains(customer.toString()),
                1, Duration.ofSeconds(30)).getFirst();
        EventContract.assertConforms(sent.value());
        assertThat(sent.key()).isEqualTo(customer.toString());
        assertThat(JSON.readTree(sent.value()).path("data").path("delivery").asText()).isEqualTo("EMAIL");
        assertThat(JSON.readTree(sent.value()).path("data").path("invitationId").asText())
                .isEqualTo(data.path("invitationId").asText());
    }
}
