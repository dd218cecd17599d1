package rapport.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import rapport.events.EventType;
import rapport.events.Topics;
import rapport.events.customer.InteractionLogged;
import rapport.events.feedback.FeedbackSubmitted;
import rapport.testing.ProxiedKafka;
import rapport.testing.TestEvents;
import rapport.testing.TestTokens;

/**
 * kpi-service killed with SIGKILL three times while it rebuilds its read model, restarted each time on the same
 * database: once it has caught up, its KPIs equal those before the rebuilds and those of a clean rebuild
 * (docs/reliability.md, "Faults").
 */
@Tag("chaos")
class KpiServiceKilledDuringRebuildTest {

    private static final Logger LOG = Logger.getLogger(KpiServiceKilledDuringRebuildTest.class);
    /** Enough that a rebuild takes several seconds, so it can be killed in its middle. */
    private static final int CASES = 4_000;
    private static final int KILLS = 3;
    private static final String TEAM = "faults-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration CATCH_UP = Duration.ofMinutes(3);

    @Test
    void kpisAfterThreeSigkillsDuringARebuildEqualACleanRebuild() throws Exception {
        try (ProxiedKafka kafka = ProxiedKafka.start();
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
                KillableService kpis = KillableService.of("kpi-service", kafka.bootstrapServers())) {
            kpis.start();
            // the service creates its topics with unlimited retention, as a rebuild needs
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.listTopics().names().get()
                    .containsAll(List.of(Topics.CUSTOMERS, Topics.FEEDBACK)));
            publishCases(kafka.bootstrapServers());
            awaitCaughtUp(admin, kpis.consumerGroup());
            Kpis before = Kpis.of(kpis);
            assertThat(before.customers()).isEqualTo(CASES);
            assertThat(before.interactions()).isEqualTo(CASES);

            for (int kill = 1; kill <= KILLS; kill++) {
                kpis.as(TestTokens.admin()).post("/api/admin/rebuild").then().statusCode(202);
                JsonPath running = awaitMidRebuild(kpis);
                kpis.kill();
                Duration restart = kpis.start();
                LOG.infof("kill %d: SIGKILL at %d of %d records replayed; ready again in %d ms", kill,
                        running.getLong("processed"), running.getLong("total"), restart.toMillis());
            }
            awaitCaughtUp(admin, kpis.consumerGroup());
            assertThat(Kpis.of(kpis)).isEqualTo(before);

            kpis.as(TestTokens.admin()).post("/api/admin/rebuild").then().statusCode(202);
            await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(200)).until(() -> "FINISHED".equals(
                    kpis.as(TestTokens.admin()).get("/api/admin/rebuild").then().statusCode(200).extract()
                            .path("state")));
            assertThat(Kpis.of(kpis)).isEqualTo(before);
        }
    }

    /** Waits for a rebuild that has replayed some records but not all, and returns its status. */
    private static JsonPath awaitMidRebuild(KillableService kpis) {
        JsonPath[] seen = new JsonPath[1];
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonPath status = kpis.as(TestTokens.admin()).get("/api/admin/rebuild").then().statusCode(200).extract()
                    .jsonPath();
            seen[0] = status;
            assertThat(status.getString("state")).as("the rebuild was not over before it could be killed")
                    .isNotEqualTo("FINISHED");
            return "RUNNING".equals(status.getString("state")) && status.getLong("processed") > 0;
        });
        return seen[0];
    }

    /** Waits until the service's consumer group has committed every record of both topics. */
    private static void awaitCaughtUp(Admin admin, String group) {
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(500)).until(() -> {
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : List.of(Topics.CUSTOMERS, Topics.FEEDBACK)) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            var ends = admin.listOffsets(latest).all().get();
            return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                    || committed.containsKey(end.getKey())
                            && committed.get(end.getKey()).offset() >= end.getValue().offset());
        });
    }

    /** A customer registered, one logged interaction and its feedback per case, straight onto the broker as the producers publish them. */
    private static void publishCases(String bootstrapServers) throws Exception {
        Instant day = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            List<Future<?>> acks = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                UUID customer = UUID.randomUUID();
                UUID caseId = UUID.randomUUID();
                Instant at = day.plusSeconds(97L * i);
                String agent = "agent-" + i % 7;
                acks.add(send(producer, EventType.CUSTOMER_REGISTERED, customer,
                        TestEvents.customerRegistered(TEAM, customer, "Customer " + i, i % 2 == 0)));
                acks.add(send(producer, EventType.INTERACTION_LOGGED, customer, new InteractionLogged(UUID.randomUUID(),
                        customer, TEAM, caseId, i % 3 == 0 ? "COMPLAINT" : "ENQUIRY", true, agent, at,
                        at.plusSeconds(60), i + 1, i % 2 == 0 ? "EMAIL" : "PHONE", "INBOUND",
                        i % 3 == 0 ? "COMPLAINT" : "ENQUIRY", i % 4 == 0 ? "ESCALATED" : "RESOLVED", 5 + i % 20,
                        List.of())));
                acks.add(send(producer, EventType.FEEDBACK_SUBMITTED, customer, new FeedbackSubmitted(UUID.randomUUID(),
                        customer, TEAM, null, caseId, null, agent, "EMAIL", "SURVEY_LINK", at.plusSeconds(600),
                        at.plusSeconds(600), 1 + i % 5, i % 11, 1 + i % 7,
                        new FeedbackSubmitted.Rater(1 + i % 5, 5, 3, 5, 4), null)));
            }
            for (Future<?> ack : acks) {
                ack.get();
            }
        }
    }

    private static Future<?> send(KafkaProducer<String, String> producer, EventType type, UUID customer,
            Object payload) {
        return send(producer, type, customer, TestEvents.cloudEvent(type, TEAM, customer, payload));
    }

    private static Future<?> send(KafkaProducer<String, String> producer, EventType type, UUID customer,
            String cloudEvent) {
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), customer.toString(), cloudEvent);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return producer.send(record);
    }

    /** The team's summary and its KPI series over the published month, as the API answers them. */
    private record Kpis(Map<String, Object> summary, List<Map<String, Object>> series) {

        static Kpis of(KillableService kpis) {
            TestTokens agent = TestTokens.agent(TEAM);
            Map<String, Object> summary = kpis.as(agent).get("/api/teams/{team}/kpis/summary", TEAM).then()
                    .statusCode(200).extract().path("");
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            List<Map<String, Object>> series = kpis.as(agent).queryParam("from", today.minusDays(30).toString())
                    .queryParam("to", today.plusDays(1).toString()).get("/api/teams/{team}/kpis", TEAM).then()
                    .statusCode(200).extract().path("kpis");
            return new Kpis(summary, series);
        }

        long customers() {
            return ((Number) summary.get("customers")).longValue();
        }

        int interactions() {
            return series.stream().filter(k -> "fcr".equals(k.get("kpi"))).mapToInt(k -> (Integer) k.get("n")).sum();
        }
    }
}
