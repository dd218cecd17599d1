package rapport.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import rapport.events.Topics;
import rapport.testing.KafkaTestClient;
import rapport.testing.ProxiedKafka;

@QuarkusTest
@WithTestResource(value = OutageKafkaResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class BrokerOutageTest {

    ProxiedKafka kafka;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Ledger ledger;

    @Inject
    DataSource dataSource;

    @Test
    void eventsWaitInTheOutboxWhileTheBrokerIsUnreachableAndGoOutInOrderWhenItReturnsAndReadinessFollows() throws Exception {
        assertThat(bootstrapServers).isEqualTo(kafka.bootstrapServers());
        UUID customer = UUID.randomUUID();
        ledger.record(customer, "before the outage");
        awaitSent(customer, 1);

        given().get("/q/health/ready").then().statusCode(200);
        kafka.cut();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(503).body(containsString("Kafka")));
        List<UUID> duringOutage = IntStream.range(0, 3)
                .mapToObj(i -> ledger.record(customer, "during the outage " + i).id()).toList();
        // the relay tries, fails (after the producer's delivery timeout) and records why; the events stay pending
        await().atMost(Duration.ofSeconds(45)).until(() -> Db.count(dataSource, "select count(*) from outbox_event "
                + "where event_key = ? and sent_at is null and last_error is not null", customer.toString()) >= 1);
        assertThat(Db.count(dataSource, "select count(*) from outbox_event where event_key = ? and sent_at is null",
                customer.toString())).isEqualTo(3);

        kafka.restore();
        awaitSent(customer, 4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        List<ConsumerRecord<String, String>> records = KafkaTestClient.await(kafka.bootstrapServers(), Topics.CUSTOMERS,
                r -> customer.toString().equals(r.key()), 4, Duration.ofSeconds(30));
        assertThat(records.subList(1, 4)).extracting(ConsumerRecord::value)
                .satisfiesExactly(
                        v -> assertThat(v).contains(duringOutage.get(0).toString()),
                        v -> assertThat(v).contains(duringOutage.get(1).toString()),
                        v -> assertThat(v).contains(duringOutage.get(2).toString()));
    }

    private void awaitSent(UUID customer, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(dataSource,
                "select count(*) from outbox_event where event_key = ? and sent_at is not null", customer.toString()) == count);
    }
}
