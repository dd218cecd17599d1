package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import rapport.events.Topics;
import rapport.testing.EventContract;
import rapport.testing.KafkaTestClient;

/** What reaches Kafka when contacts are logged and voided: types, order, payloads, and the contract. */
@QuarkusTest
class InteractionEventsTest {

    private static final TeamApi API = new TeamApi("events");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFirstContactResolutionPublishesLoggedThenOpenedThenResolvedKeyedByCustomer() throws Exception {
        String customer = API.registerCustomer("Grace Hopper");
        var logged = API.log(customer, TeamApi.contact("summary", "Secret summary text", "durationMinutes", 7))
                .statusCode(201).extract().jsonPath();
        String interaction = logged.getString("id");
        String caseId = logged.getString("caseId");

        List<JsonNode> events = awaitEvents(customer, 4); // registered, logged, opened, resolved
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("rapport.customer.registered.v1",
                "rapport.interaction.logged.v1", "rapport.case.opened.v1", "rapport.case.resolved.v1");

        JsonNode loggedEvent = events.get(1).get("data");
        assertThat(loggedEvent.get("interactionId").asText()).isEqualTo(interaction);
        assertThat(loggedEvent.get("caseId").asText()).isEqualTo(caseId);
        assertThat(loggedEvent.get("opensCase").asBoolean()).isTrue();
        assertThat(loggedEvent.get("caseCategory").asText()).isEqualTo("ENQUIRY");
        assertThat(loggedEvent.get("agent").asText()).isEqualTo(API.user);
        assertThat(loggedEvent.get("sequence").asLong()).isEqualTo(logged.getLong("sequence")).isPositive();
        assertThat(loggedEvent.get("durationMinutes").asInt()).isEqualTo(7);
        assertThat(loggedEvent.get("techniques")).hasSize(2);
        assertThat(Instant.parse(loggedEvent.get("loggedAt").asText()))
                .isAfter(Instant.parse(loggedEvent.get("occurredAt").asText()));
        assertThat(events.get(1).toString()).doesNotContain("Secret summary text");

        JsonNode opened = events.get(2).get("data");
        assertThat(opened.get("openingInteractionId").asText()).isEqualTo(interaction);
        JsonNode resolved = events.get(3).get("data");
        assertThat(resolved.get("resolution").asInt()).isEqualTo(1);
        assertThat(resolved.get("resolvingInteractionId").asText()).isEqualTo(interaction);
        assertThat(resolved.get("channel").asText()).isEqualTo("PHONE");
    }

    @Test
    void aReopenAndASecondResolutionAreCountedInTheirEvents() throws Exception {
        String customer = API.registerCustomer("Katherine Johnson");
        Instant start = Instant.now().minusSeconds(7200);
        String caseId = API.log(customer, TeamApi.contact("occurredAt", start.toString())).statusCode(201)
                .extract().path("caseId");
        String reopening = API.logOk(customer, TeamApi.contact("caseId", caseId, "outcome", "INFO_ONLY",
                "occurredAt", start.plusSeconds(600).toString()));
        String resolving = API.logOk(customer, TeamApi.contact("caseId", caseId, "direction", "OUTBOUND",
                "channel", "EMAIL", "agent", "bob", "occurredAt", start.plusSeconds(1200).toString()));

        List<JsonNode> events = awaitEvents(customer, 8);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("rapport.customer.registered.v1",
                "rapport.interaction.logged.v1", "rapport.case.opened.v1", "rapport.case.resolved.v1",
                "rapport.interaction.logged.v1", "rapport.case.reopened.v1",
                "rapport.interaction.logged.v1", "rapport.case.resolved.v1");
        JsonNode reopened = events.get(5).get("data");
        assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
        assertThat(reopened.get("reopeningInteractionId").asText()).isEqualTo(reopening);
        assertThat(events.get(4).get("data").get("opensCase").asBoolean()).isFalse();
        JsonNode second = events.get(7).get("data");
        assertThat(second.get("resolution").asInt()).isEqualTo(2);
        assertThat(second.get("resolvingInteractionId").asText()).isEqualTo(resolving);
        assertThat(second.get("agent").asText()).isEqualTo("bob");
        assertThat(second.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(events.get(6).get("data").get("agent").asText()).isEqualTo("bob");
    }

    @Test
    void voidingTheResolvingContactPublishesVoidedThenReopened() throws Exception {
        String customer = API.registerCustomer("Dorothy Vaughan");
        Instant start = Instant.now().minusSeconds(7200);
        String opener = API.logOk(customer, TeamApi.contact("outcome", "FOLLOW_UP_REQUIRED",
                "occurredAt", start.toString()));
        String caseId = API.as().get("/api/teams/{team}/interactions/{id}", API.team, opener).then().statusCode(200)
                .extract().path("caseId");
        String resolving = API.logOk(customer, TeamApi.contact("caseId", caseId,
                "occurredAt", start.plusSeconds(600).toString()));
        API.as().body("{\"reason\": \"wrong customer\"}")
                .post("/api/teams/{team}/interactions/{id}/void", API.team, resolving).then().statusCode(200);

        List<JsonNode> events = awaitEvents(customer, 7);
        assertThat(events.subList(4, 7)).extracting(e -> e.get("type").asText()).containsExactly(
                "rapport.case.resolved.v1", "rapport.interaction.voided.v1", "rapport.case.reopened.v1");
        JsonNode voided = events.get(5).get("data");
        assertThat(voided.get("interactionId").asText()).isEqualTo(resolving);
        assertThat(voided.get("voidedBy").asText()).isEqualTo(API.user);
        assertThat(voided.get("caseId").asText()).isEqualTo(caseId);
        assertThat(events.get(6).get("data").get("reopeningInteractionId").asText()).isEqualTo(opener);
        assertThat(API.caseOf(caseId).extract().jsonPath().getString("caseInfo.status")).isEqualTo("OPEN");
    }

    /** At least {@code count} of the customer's events, in topic order (one key, one partition); each must conform. */
    static List<JsonNode> awaitEvents(String customerId, int count) throws Exception {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.await(Topics.CUSTOMERS,
                r -> customerId.equals(r.key()), count, Duration.ofSeconds(20));
        for (ConsumerRecord<String, String> record : records) {
            EventContract.assertConforms(record.value());
        }
        return records.stream().map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
