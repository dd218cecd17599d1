package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import rapport.testing.TestPostgres;

/** When no database connection frees up in time the answer is a retryable 503, not a 500. */
@QuarkusTest
@TestProfile(OverloadTest.OneConnection.class)
class OverloadTest {

    /**
     * A small pool, but one that can start: at start the service's Flyway holds connections while the library
     * schemas' Flyway migrates each library with connections of its own (libs/schema); four were not enough.
     */
    private static final int POOL = 8;

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", Integer.toString(POOL),
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    // the relay wakes on commits; none happens while the pool is held, so it takes no connection then
                    "rapport.messaging.outbox.poll-interval", "1H");
        }
    }

    @Test
    void aRequestThatFindsEveryConnectionBusyGets503WithRetryAfter() throws Exception {
        TeamApi api = new TeamApi("overload");
        String customer = api.registerCustomer("Busy Customer");
        try (Connection blocker = TestPostgres.connect()) {
            blocker.setAutoCommit(false);
            // hold the customer row: logging a contact waits for it while holding a pooled connection
            blocker.createStatement().execute("select * from customer where id = '" + customer + "' for update");
            // as many requests as the pool has connections wait on the row, each holding one of them
            ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
            List<Future<Integer>> stuck = new ArrayList<>();
            for (int i = 0; i < POOL; i++) {
                stuck.add(clients.submit(() -> api.log(customer, TeamApi.contact()).extract().statusCode()));
            }
            // once they hold every pooled connection, a read finds none within the acquisition timeout
            await().atMost(Duration.ofSeconds(30)).until(() -> api.as()
                    .get("/api/teams/{team}/customers/{id}", api.team, UUID.randomUUID()).statusCode() == 503);
            api.as().get("/api/teams/{team}/customers/{id}", api.team, UUID.randomUUID()).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "1")
                    .body("type", equalTo("https://rapport.dev/problems/overloaded"));
            blocker.rollback();
            for (Future<Integer> request : stuck) {
                assertThat(request.get(10, TimeUnit.SECONDS)).isEqualTo(201);
            }
            clients.shutdown();
        }
    }
}
