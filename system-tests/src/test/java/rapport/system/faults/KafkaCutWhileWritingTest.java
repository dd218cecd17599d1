package rapport.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

            SteadyLoad writes = SteadyLoad.start(load.contacts(customers), load.responses(feedback));
            Thread.sleep(BEFORE.toMillis()); // the steady load is the fault's setting: time, not a condition
            writes.phase("outage");
            kafka.cut();
            Thread.sleep(OUTAGE.toMillis());
            kafka.restore();
            long restored = System.nanoTime();
            writes.phase("after");
            Thread.sleep(AFTER.toMillis());
            writes.stop();

            assertThat(load.contactsIn(customers)).isEqualTo(writes.contacts.accepted());
            assertThat(load.responsesIn(feedback)).isEqualTo(writes.responses.accepted());
            writes.awaitCountedBy(load, kpis, CATCH_UP);
            LOG.infof("kpi-service caught up %d ms after the restore (the last %d s of writes included)",
                    Duration.ofNanos(System.nanoTime() - restored).toMillis(), AFTER.toSeconds());
            assertThat(kpis.as(load.agent).get("/api/teams/{team}/kpis/summary", load.team).then().statusCode(200)
                    .extract().<Integer>path("customers")).isEqualTo(CUSTOMERS);
        }
    }
}
