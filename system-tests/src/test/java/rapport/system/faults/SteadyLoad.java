package rapport.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The fault tests' steady load: contacts at 5/s and paper responses at 2/s, from the moment it starts until
 * {@link #stop()}; each writer's answers tallied by the phase they were sent in.
 */
final class SteadyLoad {

    private static final Logger LOG = Logger.getLogger(SteadyLoad.class);

    final SteadyWrites contacts;
    final SteadyWrites responses;
    private final ScheduledExecutorService writers = Executors.newScheduledThreadPool(2);

    private SteadyLoad(SteadyWrites contacts, SteadyWrites responses) {
        this.contacts = contacts;
        this.responses = responses;
    }

    static SteadyLoad start(SteadyWrites contacts, SteadyWrites responses) {
        SteadyLoad load = new SteadyLoad(contacts, responses);
        load.writers.scheduleAtFixedRate(contacts, 0, 200, TimeUnit.MILLISECONDS);
        load.writers.scheduleAtFixedRate(responses, 0, 500, TimeUnit.MILLISECONDS);
        return load;
    }

    /** From now on the answers count under {@code name} (e.g. {@code "outage"}). */
    void phase(String name) {
        contacts.phase(name);
        responses.phase(name);
    }

    /** Stops writing, lets the requests under way finish, logs the tallies and requires every answer to be clean. */
    void stop() throws InterruptedException {
        writers.shutdown();
        assertThat(writers.awaitTermination(TeamUnderLoad.CLIENT_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS)).isTrue();
        for (SteadyWrites writes : List.of(contacts, responses)) {
            LOG.infof("%s: %s", writes.name, writes.tally());
            assertThat(writes.unclean()).as("%s answered other than 201 or a retryable problem", writes.name)
                    .isEmpty();
            assertThat(writes.accepted()).as("%s accepted", writes.name).isPositive();
        }
    }

    /** Waits until kpi-service's FCR n and CSAT n are the accepted contacts and responses. */
    void awaitCountedBy(TeamUnderLoad team, KillableService kpis, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(team.kpiCounts(kpis))
                .containsEntry("fcr", contacts.accepted()).containsEntry("csat", responses.accepted()));
    }
}
