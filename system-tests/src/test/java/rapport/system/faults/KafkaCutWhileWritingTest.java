package rapport.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import rapport.testing.ProxiedKafka;
import rapport.testing.TestTokens;

/**
 * The broker unreachable for 30 s while contacts and paper feedback are written at a steady rate: every write is
 * accepted (201) or refused cleanly with a retryable problem (503 or 409), none answers 500 or hangs, and once the
 * broker is back kpi-service counts exactly the writes the source services accepted (docs/reliability.md, "Faults").
 */
@Tag("chaos")
class KafkaCutWhileWritingTest {

    private static final Logger LOG = Logger.getLogger(KafkaCutWhileWritingTest.class);
    private static final String TEAM = "cut-" + UUID.randomUUID().toString().substring(0, 8);
    private static final int CUSTOMERS = 3;
    private static final Duration BEFORE = Duration.ofSeconds(10);
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration AFTER = Duration.ofSeconds(10);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CATCH_UP = Duration.ofMinutes(2);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TestTokens agent = TestTokens.agent(TEAM);

    @Test
    void writesDuringABrokerOutageAreAcceptedOrRefusedCleanlyAndEveryAcceptedOneReachesTheKpis() throws Exception {
        try (ProxiedKafka kafka = ProxiedKafka.start();
                KillableService customers = KillableService.of("customer-service", kafka.bootstrapServers());
                KillableService feedback = KillableService.of("feedback-service", kafka.bootstrapServers());
                KillableService kpis = KillableService.of("kpi-service", kafka.bootstrapServers())) {
            customers.start();
            feedback.start();
            kpis.start();
            List<String> known = registerCustomers(customers, feedback);

            Writes contacts = new Writes("contacts", i -> timed(customers).body(contact())
                    .post("/api/teams/{team}/customers/{id}/interactions", TEAM, known.get(i % known.size())));
            Writes responses = new Writes("responses", i -> timed(feedback).body(Map.of("source", "PAPER",
                    "customerId", known.get(i % known.size()), "answers", Map.of("csat", 1 + i % 5)))
                    .post("/api/teams/{team}/responses", TEAM));
            ScheduledExecutorService writers = Executors.newScheduledThreadPool(2);
            writers.scheduleAtFixedRate(contacts, 0, 200, TimeUnit.MILLISECONDS); // 5/s
            writers.scheduleAtFixedRate(responses, 0, 500, TimeUnit.MILLISECONDS); // 2/s
            Thread.sleep(BEFORE.toMillis()); // the steady load is the fault's setting: time, not a condition
            contacts.phase("outage");
            responses.phase("outage");
            kafka.cut();
            Thread.sleep(OUTAGE.toMillis());
            kafka.restore();
            long restored = System.nanoTime();
            contacts.phase("after");
            responses.phase("after");
            Thread.sleep(AFTER.toMillis());
            writers.shutdown();
            assertThat(writers.awaitTermination(CLIENT_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS)).isTrue();

            for (Writes writes : List.of(contacts, responses)) {
                LOG.infof("%s: %s", writes.name, writes.tally);
                assertThat(writes.unclean).as("%s answered other than 201 or a retryable problem", writes.name)
                        .isEmpty();
                assertThat(writes.accepted()).as("%s accepted", writes.name).isPositive();
            }
            assertThat(sourceCount(customers, known, "/api/teams/{team}/customers/{id}/interactions"))
                    .isEqualTo(contacts.accepted());
            assertThat(sourceCount(feedback, known, "/api/teams/{team}/responses?customerId={id}"))
                    .isEqualTo(responses.accepted());
            await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                Map<String, Integer> n = kpiCounts(kpis);
                assertThat(n).containsEntry("fcr", contacts.accepted()).containsEntry("csat", responses.accepted());
            });
            LOG.infof("kpi-service caught up %d ms after the restore (the last %d s of writes included)",
                    Duration.ofNanos(System.nanoTime() - restored).toMillis(), AFTER.toSeconds());
            assertThat(kpis.as(agent).get("/api/teams/{team}/kpis/summary", TEAM).then().statusCode(200).extract()
                    .<Integer>path("customers")).isEqualTo(CUSTOMERS);
        }
    }

    /** Customers registered while the broker is up, awaited in feedback-service's directory. */
    private List<String> registerCustomers(KillableService customers, KillableService feedback) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            ids.add(customers.as(agent).contentType(ContentType.JSON)
                    .body(Map.of("displayName", "Cut Customer " + i, "kind", "EXTERNAL", "surveyConsent", false))
                    .post("/api/teams/{team}/customers", TEAM).then().statusCode(201).extract().path("id"));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> feedback.as(agent)
                .get("/api/teams/{team}/directory/{id}", TEAM, id).statusCode() == 200));
        return ids;
    }

    /** An INBOUND enquiry resolved at once: a case of its own, one in the FCR KPI's n (docs/kpi-definitions.md). */
    private static Map<String, Object> contact() {
        return Map.of("occurredAt", Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                .toString(), "channel", "PHONE", "direction", "INBOUND", "category", "ENQUIRY", "outcome", "RESOLVED",
                "summary", "Asked about opening hours", "durationMinutes", 3);
    }

    private RequestSpecification timed(KillableService service) {
        int millis = (int) CLIENT_TIMEOUT.toMillis();
        return service.as(agent).contentType(ContentType.JSON).config(RestAssuredConfig.config().httpClient(
                HttpClientConfig.httpClientConfig().setParam("http.connection.timeout", millis)
                        .setParam("http.socket.timeout", millis)));
    }

    private int sourceCount(KillableService service, List<String> customers, String path) {
        return customers.stream().mapToInt(id -> service.as(agent).queryParam("size", 1).get(path, TEAM, id).then()
                .statusCode(200).extract().<Integer>path("totalItems")).sum();
    }

    /** The n of every KPI over the days around now, summed over the series. */
    private Map<String, Integer> kpiCounts(KillableService kpis) {
        LocalDate today = LocalDate.now(LONDON);
        List<Map<String, Object>> series = kpis.as(agent).queryParam("from", today.minusDays(1).toString())
                .queryParam("to", today.plusDays(1).toString()).get("/api/teams/{team}/kpis", TEAM).then()
                .statusCode(200).extract().path("kpis");
        Map<String, Integer> n = new ConcurrentHashMap<>();
        series.forEach(k -> n.merge((String) k.get("kpi"), k.get("n") == null ? 0 : (Integer) k.get("n"), Integer::sum));
        return n;
    }

    /** One writer's requests, tallied by phase and answer; an answer other than 201 or a retryable problem kept. */
    private static final class Writes implements Runnable {

        private final String name;
        private final Function<Integer, Response> write;
        private final AtomicInteger sent = new AtomicInteger();
        private final AtomicInteger accepted = new AtomicInteger();
        private final Map<String, AtomicInteger> tally = new ConcurrentHashMap<>();
        private final List<String> unclean = new ArrayList<>();
        private volatile String phase = "before";

        Writes(String name, Function<Integer, Response> write) {
            this.name = name;
            this.write = write;
        }

        void phase(String next) {
            phase = next;
        }

        int accepted() {
            return accepted.get();
        }

        @Override
        public void run() {
            String during = phase;
            String answer;
            try {
                Response response = write.apply(sent.getAndIncrement());
                answer = Integer.toString(response.statusCode());
                if (response.statusCode() == 201) {
                    accepted.incrementAndGet();
                } else if (!(response.statusCode() == 503 || response.statusCode() == 409)
                        || !response.contentType().startsWith("application/problem+json")) {
                    unclean.add(during + " " + answer + " " + response.asString());
                }
            } catch (RuntimeException e) { // a client timeout or a refused connection
                answer = e.getClass().getSimpleName();
                unclean.add(during + " " + e);
            }
            tally.computeIfAbsent(during + " " + answer, k -> new AtomicInteger()).incrementAndGet();
        }
    }
}
