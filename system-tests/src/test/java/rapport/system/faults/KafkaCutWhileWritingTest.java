package rapport.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import rapport.testing.ProxiedKafka;

/**
 * The broker unreachable for 30 s while contacts and paper feedback are written at a steady rate: every write is
 * accepted (201) or refused cleanly with a retryable problem (503 or 409), none answers 500 or hangs, and once the
 * broker is back kpi-service counts exactly the writes the source services accepted (docs/reliability.md, "Faults").
 */
@Tag("chaos")
class KafkaCutWhileWritingTest {

    private static final Logger LOG = Logger.getLogger(KafkaCutWhileWritingTest.class);
    private static final int CUSTOMERS = 3;
    private static final Duration BEFORE = Duration.ofSeconds(10);
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration AFTER = Duration.ofSeconds(10);
    private static final Duration CATCH_UP = Duration.ofMinutes(2);

    private final TeamUnderLoad load = new TeamUnderLoad("cut");

    @Test
    void writesDuringABrokerOutageAreAcceptedOrRefusedCleanlyAndEveryAcceptedOneReachesTheKpis() throws Exception {
        try (ProxiedKafka kafka = ProxiedKafka.start();
                KillableService customers = KillableService.of("customer-service", kafka.bootstrapServers());
                KillableService feedback = KillableService.of("feedback-service", kafka.bootstrapServers());
                KillableService kpis = KillableService.of("kpi-service", kafka.bootstrapServers())) {
            customers.start();
            feedback.start();
            kpis.start();
            load.registerCustomers(CUSTOMERS, customers, feedback);

            SteadyWrites contacts = load.contacts(customers);
            SteadyWrites responses = load.responses(feedback);
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
            assertThat(writers.awaitTermination(TeamUnderLoad.CLIENT_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS))
                    .isTrue();

            for (SteadyWrites writes : List.of(contacts, responses)) {
                LOG.infof("%s: %s", writes.name, writes.tally());
                assertThat(writes.unclean()).as("%s answered other than 201 or a retryable problem", writes.name)
                        .isEmpty();
                assertThat(writes.accepted()).as("%s accepted", writes.name).isPositive();
            }
            assertThat(load.contactsIn(customers)).isEqualTo(contacts.accepted());
            assertThat(load.responsesIn(feedback)).isEqualTo(responses.accepted());
            await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                Map<String, Integer> n = load.kpiCounts(kpis);
                assertThat(n).containsEntry("fcr", contacts.accepted()).containsEntry("csat", responses.accepted());
            });
            LOG.infof("kpi-service caught up %d ms after the restore (the last %d s of writes included)",
                    Duration.ofNanos(System.nanoTime() - restored).toMillis(), AFTER.toSeconds());
            assertThat(kpis.as(load.agent).get("/api/teams/{team}/kpis/summary", load.team).then().statusCode(200)
                    .extract().<Integer>path("customers")).isEqualTo(CUSTOMERS);
        }
    }
}
