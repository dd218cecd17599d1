package rapport.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import rapport.messaging.inbox.EventConsumer;
import rapport.testing.TestKafka;

/**
 * A replay clears the state only once the rewind of the offsets is durable: a process killed at any point of a
 * replay's start then either keeps its old state (offsets rewound, nothing cleared: every record comes again as a
 * duplicate) or resumes the replay (docs/reliability.md, "Faults"). Killed between a committed clear and the rewind,
 * it would come back with an empty state and offsets at the end.
 */
@QuarkusTest
class ReplayCrashSafetyTest {

    @Inject
    EventConsumer consumer;

    @Inject
    Ledger ledger;

    @Inject
    DataSource dataSource;

    @Inject
    MessagingConfig config;

    @Test
    void theRewindIsCommittedBeforeTheStateIsCleared() throws Exception {
        UUID customer = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            ledger.record(customer, "crash-safe " + i);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> Db.count(dataSource,
                "select count(*) from applied_event where customer_id = ?", customer) == 3);
        String group = config.consumer().groupId().orElseThrow();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            Map<TopicPartition, Long> committedWhenClearing = new HashMap<>();
            consumer.replayFromStart(() -> {
                try {
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                            .forEach((partition, offset) -> committedWhenClearing.put(partition, offset.offset()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                    statement.executeUpdate("delete from applied_event");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).done().get(60, TimeUnit.SECONDS);

            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            committedWhenClearing.keySet().forEach(partition -> earliest.put(partition, OffsetSpec.earliest()));
            Map<TopicPartition, Long> beginning = new HashMap<>();
            admin.listOffsets(earliest).all().get()
                    .forEach((partition, info) -> beginning.put(partition, info.offset()));
            assertThat(committedWhenClearing).isNotEmpty().isEqualTo(beginning);
        }
        assertThat(Db.count(dataSource, "select count(*) from applied_event where customer_id = ?", customer))
                .isEqualTo(3);
    }
}
