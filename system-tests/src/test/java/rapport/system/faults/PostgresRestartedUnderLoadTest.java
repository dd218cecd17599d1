package rapport.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import rapport.testing.EmbeddedTestServer;
import rapport.testing.ProxiedKafka;

/**
 * The services' PostgreSQL server stopped at once (as a crash would) for 20 s and started again, while contacts and
 * paper feedback are written at a steady rate: every service says it is not ready while the server is down and ready
 * again once it is back, without being restarted; every write is accepted (201) or refused cleanly with a retryable
 * problem; every accepted one is there afterwards and reaches kpi-service, whose counts equal the source services'
 * (docs/reliability.md, "Faults"). The server is the test's own, never the machine's.
 */
@Tag("chaos")
class PostgresRestartedUnderLoadTest {

    private static final Logger LOG = Logger.getLogger(PostgresRestartedUnderLoadTest.class);
    private static final int CUSTOMERS = 3;
    private static final Duration BEFORE = Duration.ofSeconds(10);
    private static final Duration DOWN = Duration.ofSeconds(20);
    private static final Duration AFTER = Duration.ofSeconds(15);
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(30);
    private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(90);
    private static final Duration CATCH_UP = Duration.ofMinutes(2);

    private final TeamUnderLoad load = new TeamUnderLoad("pgdown");

    @Test
    void servicesAreNotReadyWhileTheDatabaseIsDownRecoverOnTheirOwnAndLoseNoAcceptedWrite() throws Exception {
        try (EmbeddedTestServer postgres = EmbeddedTestServer.owned();
                ProxiedKafka kafka = ProxiedKafka.start();
                KillableService customers = service("customer-service", postgres, kafka);
                KillableService feedback = service("feedback-service", postgres, kafka);
                KillableService kpis = service("kpi-service", postgres, kafka)) {
            List<KillableService> all = List.of(customers, feedback, kpis);
            for (KillableService service : all) {
                service.start();
            }
            load.registerCustomers(CUSTOMERS, customers, feedback);

            SteadyLoad writes = SteadyLoad.start(load.contacts(customers), load.responses(feedback));
            Thread.sleep(BEFORE.toMillis()); // the steady load is the fault's setting: time, not a condition
            writes.phase("down");
            postgres.crash();
            long crashed = System.nanoTime();
            await().atMost(NOTICED_WITHIN).pollInterval(Duration.ofMillis(200))
                    .until(() -> all.stream().allMatch(s -> s.readiness() == 503));
            long noticed = System.nanoTime();
            Thread.sleep(Math.max(0, DOWN.toMillis() - Duration.ofNanos(noticed - crashed).toMillis()));
            assertThat(all).as("still not ready at the end of the outage")
                    .allMatch(s -> s.readiness() == 503);
            postgres.restart();
            long restarted = System.nanoTime();
            writes.phase("after");
            await().atMost(RECOVERED_WITHIN).pollInterval(Duration.ofMillis(200))
                    .until(() -> all.stream().allMatch(s -> s.readiness() == 200));
            long recovered = System.nanoTime();
            assertThat(all).as("the same processes, never restarted").allMatch(KillableService::isAlive);
            Thread.sleep(AFTER.toMillis());
            writes.stop();
            LOG.infof("not ready %d ms after the crash; ready again %d ms after the restart",
                    Duration.ofNanos(noticed - crashed).toMillis(), Duration.ofNanos(recovered - restarted).toMillis());

            for (SteadyWrites writer : List.of(writes.contacts, writes.responses)) {
                assertThat(writer.count("before 201")).as("%s accepted before the crash", writer.name).isPositive();
                assertThat(writer.count("after 201")).as("%s accepted after the restart", writer.name).isPositive();
            }
            for (String id : writes.contacts.acceptedIds()) {
                customers.as(load.agent).get("/api/teams/{team}/interactions/{id}", load.team, id).then()
                        .statusCode(200);
            }
            for (String id : writes.responses.acceptedIds()) {
                feedback.as(load.agent).get("/api/teams/{team}/responses/{id}", load.team, id).then().statusCode(200);
            }
            assertThat(load.contactsIn(customers)).as("contacts stored: the accepted ones, no refused one")
                    .isEqualTo(writes.contacts.accepted());
            assertThat(load.responsesIn(feedback)).as("responses stored: the accepted ones, no refused one")
                    .isEqualTo(writes.responses.accepted());
            writes.awaitCountedBy(load, kpis, CATCH_UP);
            LOG.infof("kpi-service counted every accepted write %d ms after the restart",
                    Duration.ofNanos(System.nanoTime() - restarted).toMillis());
            assertThat(kpis.as(load.agent).get("/api/teams/{team}/kpis/summary", load.team).then().statusCode(200)
                    .extract().<Integer>path("customers")).isEqualTo(CUSTOMERS);
        }
    }

    private static KillableService service(String name, EmbeddedTestServer postgres, ProxiedKafka kafka)
            throws IOException {
        String database = "rapport_" + name.replace("-service", "");
        return KillableService.of(name, kafka.bootstrapServers(), postgres.createDatabase(database),
                postgres.user(), "");
    }
}
