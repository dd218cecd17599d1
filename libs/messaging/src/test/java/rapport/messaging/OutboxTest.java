package rapport.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import rapport.testing.TestKafka;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import rapport.events.CloudEvent;
import rapport.events.Topics;
import rapport.personaldata.DataKey;
import rapport.personaldata.FieldCipher;
import rapport.testing.EventContract;
import rapport.testing.KafkaTestClient;
import rapport.testing.RapportTestResource;

@QuarkusTest
@WithTestResource(value = RapportTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxTest {

    @Inject
    Ledger ledger;

    @Inject
    DataSource dataSource;

    @Test
    void committedChangeIsPublishedKeyedByCustomerAndMarkedSent() throws Exception {
        UUID customer = UUID.randomUUID();
        // a producer publishes personal data only protected (docs/erasure.md); the contract check fails otherwise
        CloudEvent event = ledger.record(customer, FieldCipher.protect(DataKey.generate(), customer, "displayName",
                "Grace Hopper"));

        ConsumerRecord<String, String> record = KafkaTestClient.awaitContaining(Topics.CUSTOMERS, event.id().toString(), 1)
                .getFirst();
        assertThat(record.key()).isEqualTo(customer.toString());
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
        EventContract.assertConforms(record.value());
        await().atMost(Duration.ofSeconds(10)).until(() -> Db.count(dataSource,
                "select count(*) from outbox_event where event_id = ? and sent_at is not null", event.id()) == 1);
    }

    @Test
    void aTombstoneGoesOutAsARecordWithoutValueOrHeaders() throws Exception {
        UUID subject = UUID.randomUUID();
        String topic = "rapport.test-tombstones"; // consumed by nobody here: the test consumer reads rapport.customers
        ledger.tombstone(topic, subject);
        ConsumerRecord<String, String> record = KafkaTestClient.await(topic, r -> subject.toString().equals(r.key()), 1,
                Duration.ofSeconds(15)).getFirst();
        assertThat(record.value()).isNull();
        assertThat(record.headers().toArray()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> Db.count(dataSource,
                "select count(*) from outbox_event where event_key = ? and event_type = 'tombstone' and payload is null "
                        + "and sent_at is not null", subject.toString()) == 1);
    }

    @Test
    void eventTopicsKeepEveryEventSoConsumersCanRebuildFromTheStart() throws Exception {
        ledger.record(UUID.randomUUID(), "creates the topic if needed");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestKafka.bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CUSTOMERS);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
                assertThat(config.get("retention.ms").value()).isEqualTo("-1");
                assertThat(config.get("retention.bytes").value()).isEqualTo("-1");
            });
        }
    }

    @Test
    void rolledBackChangePublishesNothing() throws Exception {
        UUID rolledBack = UUID.randomUUID();
        assertThatThrownBy(() -> ledger.recordThenFail(rolledBack)).isInstanceOf(IllegalStateException.class);
        assertThat(ledger.entriesFor(rolledBack)).isZero();
        assertThat(Db.count(dataSource, "select count(*) from outbox_event where event_key = ?", rolledBack.toString()))
                .isZero();

        // a later committed event on the same partition arrives; nothing about the rolled-back customer precedes it
        CloudEvent marker = ledger.record(rolledBack, "marker");
        List<ConsumerRecord<String, String>> forCustomer = KafkaTestClient.await(Topics.CUSTOMERS,
                r -> rolledBack.toString().equals(r.key()), 1, Duration.ofSeconds(15));
        assertThat(forCustomer).singleElement().satisfies(r -> assertThat(r.value()).contains(marker.id().toString()));
    }

    @Test
    void eventsOfOneCustomerArriveInTheOrderTheyCommitted() {
        UUID customer = UUID.randomUUID();
        List<UUID> ids = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> ledger.record(customer, "update " + i).id()).toList();

        List<ConsumerRecord<String, String>> records = KafkaTestClient.await(Topics.CUSTOMERS,
                r -> customer.toString().equals(r.key()), ids.size(), Duration.ofSeconds(20));
        assertThat(records).extracting(r -> r.value().substring(r.value().indexOf("\"id\":\"") + 6,
                r.value().indexOf("\"id\":\"") + 42)).containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
    }
}
