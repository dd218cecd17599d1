package rapport.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import rapport.testing.ProxiedKafka;
import rapport.testing.TestPostgres;
import rapport.testing.TestTokens;

/**
 * Two instances of each service on the same databases, topics and consumer groups, as deploy/k8s runs them: writes
 * through both, then no event is on a topic twice, none is counted twice, both kpi-service instances give the KPIs
 * one instance would (the accepted writes, exactly), and a rebuild is refused while two kpi-service instances share
 * the consumer group and runs once one is left (docs/reliability.md, "Two instances of each service").
 */
@Tag("chaos")
class TwoInstancesOfEachServiceTest {

    private static final Logger LOG = Logger.getLogger(TwoInstancesOfEachServiceTest.class);
    private static final int CUSTOMERS = 6;
    private static final Duration WRITING = Duration.ofSeconds(20);
    private static final Duration CATCH_UP = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TeamUnderLoad load = new TeamUnderLoad("twice");

    @Test
    void twoInstancesPublishAndApplyEachEventOnceAndARebuildWaitsForASingleInstance() throws Exception {
        try (ProxiedKafka kafka = ProxiedKafka.start();
                KillableService customers1 = KillableService.of("customer-service", kafka.bootstrapServers());
                KillableService customers2 = customers1.secondInstance();
                KillableService feedback1 = KillableService.of("feedback-service", kafka.bootstrapServers());
                KillableService feedback2 = feedback1.secondInstance();
                KillableService kpis1 = KillableService.of("kpi-service", kafka.bootstrapServers());
                KillableService kpis2 = kpis1.secondInstance()) {
            startAll(List.of(customers1, feedback1, kpis1));
            startAll(List.of(customers2, feedback2, kpis2));
            load.registerCustomers(CUSTOMERS, List.of(customers1, customers2), feedback2);

            // each writer sends to the two instances in turn
            SteadyLoad writes = SteadyLoad.start(load.contacts(customers1, customers2),
                    load.responses(feedback1, feedback2));
            writes.phase("through both");
            Thread.sleep(WRITING.toMillis()); // the steady load is the setting: time, not a condition
            writes.stop();
            assertThat(load.contactsIn(customers2)).isEqualTo(writes.contacts.accepted());
            assertThat(load.responsesIn(feedback1)).isEqualTo(writes.responses.accepted());

            writes.awaitCountedBy(load, kpis1, CATCH_UP);
            writes.awaitCountedBy(load, kpis2, CATCH_UP);
            Map<String, Integer> kpisOfBoth = load.kpiCounts(kpis1);
            assertThat(load.kpiCounts(kpis2)).isEqualTo(kpisOfBoth);
            assertThat(summaryCustomers(kpis2)).isEqualTo(CUSTOMERS);

            for (KillableService source : List.of(customers1, feedback1)) {
                String topic = source == customers1 ? "rapport.customers" : "rapport.feedback";
                await().atMost(CATCH_UP).until(() -> unsent(source) == 0);
                int rows = outboxRows(source, topic);
                List<String> ids = eventIdsOn(kafka.bootstrapServers(), topic);
                LOG.infof("%s: %d outbox rows, %d records on %s, %d distinct event ids", source.name(), rows,
                        ids.size(), topic, new HashSet<>(ids).size());
                assertThat(ids).as("each outbox row on %s once", topic).hasSize(rows).doesNotHaveDuplicates();
            }

            Response refused = admin(kpis1).post("/api/admin/rebuild");
            LOG.infof("rebuild with two instances: %d %s", refused.statusCode(), refused.asString());
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.<String>path("type")).endsWith("/rebuild-needs-one-instance");
            assertThat(load.kpiCounts(kpis1)).as("a refused rebuild cleared nothing").isEqualTo(kpisOfBoth);

            kpis2.close();
            long alone = System.nanoTime();
            await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1))
                    .until(() -> admin(kpis1).post("/api/admin/rebuild").statusCode() == 202);
            LOG.infof("rebuild accepted %d ms after the second instance stopped",
                    Duration.ofNanos(System.nanoTime() - alone).toMillis());
            await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(500)).until(() -> "FINISHED".equals(
                    admin(kpis1).get("/api/admin/rebuild").then().statusCode(200).extract().path("state")));
            assertThat(load.kpiCounts(kpis1)).as("KPIs after the rebuild by the one instance left")
                    .isEqualTo(kpisOfBoth);
            assertThat(summaryCustomers(kpis1)).isEqualTo(CUSTOMERS);
        }
    }

    /** Starts the services at once: each start is mostly waiting for a JVM. */
    private static void startAll(List<KillableService> services) {
        CompletableFuture.allOf(services.stream().map(s -> CompletableFuture.runAsync(() -> {
            try {
                s.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).toArray(CompletableFuture[]::new)).join();
    }

    private int summaryCustomers(KillableService kpis) {
        return kpis.as(load.agent).get("/api/teams/{team}/kpis/summary", load.team).then().statusCode(200).extract()
                .path("customers");
    }

    private static RequestSpecification admin(KillableService kpis) {
        return kpis.as(TestTokens.admin());
    }

    private static int unsent(KillableService source) throws Exception {
        return count(source, "select count(*) from outbox_event where sent_at is null");
    }

    private static int outboxRows(KillableService source, String topic) throws Exception {
        return count(source, "select count(*) from outbox_event where topic = '" + topic + "'");
    }

    private static int count(KillableService source, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(source.jdbcUrl(), TestPostgres.user(),
                TestPostgres.password()); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    /** The CloudEvent id of every record on the topic, from its first record to its end now. */
    private static List<String> eventIdsOn(String bootstrapServers, String topic) throws Exception {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-observer-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Set<TopicPartition> open = new HashSet<>(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!open.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    ids.add(JSON.readTree(record.value()).path("id").asText());
                }
                open.removeIf(p -> consumer.position(p) >= end.get(p));
            }
            assertThat(open).as("partitions read to their end").isEmpty();
        }
        return ids;
    }
}
