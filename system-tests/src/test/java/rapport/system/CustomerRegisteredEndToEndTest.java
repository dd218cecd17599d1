package rapport.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rapport.events.Topics;
import rapport.testing.EventContract;
import rapport.testing.KafkaTestClient;
import rapport.testing.TestTokens;

/**
 * A registered customer's path through the real broker: customer-service → outbox → Kafka → feedback-service and kpi-
 * service.
 */
@ExtendWith(RunningSystem.class)
class CustomerRegisteredEndToEndTest {

    private static final String TEAM = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    @Test
    void aRegisteredCustomerReachesEveryServiceAndAReplayedEventCountsOnce() {
        String token = TestTokens.agent(TEAM).mint();
        String customerId = RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body("""
                        {"displayName": "Ada Lovelace", "email": "ada@example.org", "kind": "EXTERNAL",
                         "surveyConsent": true}""")
                .post("/api/teams/{team}/customers", TEAM)
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> published = KafkaTestClient.awaitContaining(Topics.CUSTOMERS, customerId, 1).getFirst();
        EventContract.assertConforms(published.value());

        await().atMost(PROPAGATION).untilAsserted(() -> RunningSystem.feedbackService(token)
                .get("/api/teams/{team}/directory/{id}", TEAM, customerId)
                .then().statusCode(200).body("displayName", equalTo("Ada Lovelace")));
        await().atMost(PROPAGATION).untilAsserted(() -> RunningSystem.kpiService(token)
                .get("/api/teams/{team}/kpis/summary", TEAM)
                .then().statusCode(200).body("customers", equalTo(1)));

        // the same event delivered again (a replay), followed by a marker event proving it was consumed
        KafkaTestClient.send(Topics.CUSTOMERS, published.key(), published.value());
        String markerId = RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body("{\"displayName\": \"Marker\", \"kind\": \"INTERNAL\", \"surveyConsent\": false}")
                .post("/api/teams/{team}/customers", TEAM)
                .then().statusCode(201).extract().path("id");
        await().atMost(PROPAGATION).untilAsserted(() -> RunningSystem.feedbackService(token)
                .get("/api/teams/{team}/directory/{id}", TEAM, markerId).then().statusCode(200));
        await().atMost(PROPAGATION).untilAsserted(() -> RunningSystem.kpiService(token)
                .get("/api/teams/{team}/kpis/summary", TEAM)
                .then().statusCode(200).body("customers", equalTo(2)));
    }
}
