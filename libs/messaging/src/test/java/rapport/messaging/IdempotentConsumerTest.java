package rapport.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.events.Topics;
import rapport.events.customer.CustomerErased;
import rapport.events.customer.CustomerRegistered;
import rapport.testing.KafkaTestClient;

@QuarkusTest
class IdempotentConsumerTest {

    private static final String DEAD_LETTERS = Topics.deadLetter("messaging-test");

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() throws Exception {
        UUID customer = UUID.randomUUID();
        String duplicate = event(customer, "twice");
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), duplicate);
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), duplicate);
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), event(customer, "after"));

        awaitApplied(customer, "after");
        assertThat(applied(customer, "twice")).isEqualTo(1);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextEventIsStillApplied() throws Exception {
        UUID customer = UUID.randomUUID();
        String poison = event(customer, "poison");
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), poison);
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), "{ this is not a CloudEvent");
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), event(customer, "next"));

        awaitApplied(customer, "next");
        var letters = KafkaTestClient.await(DEAD_LETTERS, r -> customer.toString().equals(r.key()), 2, Duration.ofSeconds(15));
        assertThat(letters.get(0).value()).isEqualTo(poison);
        assertThat(header(letters.get(0), "rapport-dlq-error")).contains("poison payload");
        assertThat(header(letters.get(0), "rapport-dlq-topic")).isEqualTo(Topics.CUSTOMERS);
        assertThat(header(letters.get(1), "rapport-dlq-error")).contains("not a CloudEvent");
        assertThat(applied(customer, "poison")).isZero();
    }

    @Test
    void anEventThatFailsEveryAttemptIsDeadLetteredInsteadOfBlockingItsPartition() throws Exception {
        UUID customer = UUID.randomUUID();
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), event(customer, "always fails"));
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), event(customer, "behind it"));

        awaitApplied(customer, "behind it");
        var letter = KafkaTestClient.await(DEAD_LETTERS, r -> customer.toString().equals(r.key()), 1, Duration.ofSeconds(15));
        assertThat(header(letter.getFirst(), "rapport-dlq-error")).contains("a bug in the handler");
        assertThat(Db.count(dataSource, "select count(*) from processed_event where outcome = 'DEAD_LETTERED' and event_id = ?",
                UUID.fromString(mapper.readTree(letter.getFirst().value()).path("id").asText()))).isEqualTo(1);
    }

    @Test
    void aDeadLetterReplayedAfterTheFixIsAppliedOnce() throws Exception {
        UUID customer = UUID.randomUUID();
        String event = event(customer, "fails until fixed");
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), event);
        KafkaTestClient.await(DEAD_LETTERS, r -> customer.toString().equals(r.key()), 1, Duration.ofSeconds(15));
        assertThat(applied(customer, "fails until fixed")).isZero();

        RecordingHandler.fixed = true;
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), event);
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), event);
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), event(customer, "after the replay"));

        awaitApplied(customer, "after the replay");
        assertThat(applied(customer, "fails until fixed")).isEqualTo(1);
        assertThat(Db.count(dataSource, "select count(*) from processed_event where outcome = 'APPLIED' and event_id = ?",
                UUID.fromString(mapper.readTree(event).path("id").asText()))).isEqualTo(1);
    }

    @Test
    void aBurstIsAppliedInSharedTransactionsAndABadEventInItIsStillIsolated() throws Exception {
        double batchesBefore = registry.counter("rapport.consumer.batches").count();
        UUID customer = UUID.randomUUID();
        String duplicate = event(customer, "burst duplicate");
        List<Map.Entry<String, String>> burst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            burst.add(Map.entry(customer.toString(), event(customer, "burst " + i)));
        }
        burst.add(10, Map.entry(customer.toString(), duplicate));
        burst.add(20, Map.entry(customer.toString(), duplicate));
        burst.add(30, Map.entry(customer.toString(), event(customer, "poison")));
        KafkaTestClient.sendAll(Topics.CUSTOMERS, burst);
        UUID other = UUID.randomUUID();
        List<Map.Entry<String, String>> clean = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            clean.add(Map.entry(other.toString(), event(other, "clean " + i)));
        }
        KafkaTestClient.sendAll(Topics.CUSTOMERS, clean);

        await().atMost(Duration.ofSeconds(30)).until(() -> Db.count(dataSource,
                "select count(*) from applied_event where customer_id in (?, ?)", customer, other) == 81);
        assertThat(applied(customer, "burst duplicate")).isEqualTo(1);
        assertThat(applied(customer, "poison")).isZero();
        KafkaTestClient.await(DEAD_LETTERS, r -> customer.toString().equals(r.key()), 1, Duration.ofSeconds(15));
        assertThat(registry.counter("rapport.consumer.batches").count()).isGreaterThan(batchesBefore);
    }

    @Test
    void typesTheServiceDoesNotHandleAreSkippedWithoutADatabaseWrite() throws Exception {
        double skippedBefore = registry.counter("rapport.consumer.events", "outcome", "skipped").count();
        UUID customer = UUID.randomUUID();
        List<String> skippedIds = new ArrayList<>();
        List<Map.Entry<String, String>> mixed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String erased = erasedEvent(customer);
            skippedIds.add(mapper.readTree(erased).path("id").asText());
            mixed.add(Map.entry(customer.toString(), erased));
            mixed.add(Map.entry(customer.toString(), event(customer, "mixed " + i)));
        }
        KafkaTestClient.sendAll(Topics.CUSTOMERS, mixed);
        String alone = erasedEvent(customer);
        skippedIds.add(mapper.readTree(alone).path("id").asText());
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), alone);
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), event(customer, "last"));

        awaitApplied(customer, "last");
        assertThat(Db.count(dataSource, "select count(*) from applied_event where customer_id = ?", customer))
                .isEqualTo(21);
        for (String id : skippedIds) {
            assertThat(Db.count(dataSource, "select count(*) from processed_event where event_id = ?",
                    UUID.fromString(id))).as("processed_event row of skipped event %s", id).isZero();
        }
        assertThat(registry.counter("rapport.consumer.events", "outcome", "skipped").count() - skippedBefore)
                .isEqualTo(21.0);
    }

    private String erasedEvent(UUID customer) throws Exception {
        return mapper.writeValueAsString(CloudEvent.of(EventType.CUSTOMER_ERASED, "/rapport/test", customer.toString(),
                "team-a", Instant.now(), mapper.valueToTree(new CustomerErased(customer, "team-a", Instant.now()))));
    }

    private String event(UUID customer, String name) throws Exception {
        CloudEvent event = CloudEvent.of(EventType.CUSTOMER_REGISTERED, "/rapport/test", customer.toString(), "team-a",
                Instant.now(), mapper.valueToTree(
                        new CustomerRegistered(customer, "team-a", name, null, null, "EXTERNAL", null, null, false, Instant.now())));
        return mapper.writeValueAsString(event);
    }

    private void awaitApplied(UUID customer, String name) {
        await().atMost(Duration.ofSeconds(20)).until(() -> applied(customer, name) == 1);
    }

    private int applied(UUID customer, String name) throws Exception {
        return Db.count(dataSource, "select count(*) from applied_event where customer_id = ? and display_name = ?",
                customer, name);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
