package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Requests racing for one customer's row: each is applied or refused cleanly, never a 500. */
@QuarkusTest
class ConcurrentUpdatesTest {

    private static final int ROUNDS = 15;
    private static final int WRITERS = 6;

    @Test
    void simultaneousUpdatesOfOneCustomerAllSucceedWithoutADeadlock() throws Exception {
        TeamApi api = new TeamApi("race");
        String customer = api.registerCustomer("Racing Customer");
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(WRITERS);
                List<CompletableFuture<Integer>> answers = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    String name = "Racer " + round + "-" + writer;
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return api.as().body(Map.of("displayName", name, "kind", "EXTERNAL", "surveyConsent", true))
                                .put("/api/teams/{team}/customers/{id}", api.team, customer).statusCode();
                    }, pool));
                }
                for (CompletableFuture<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
            }
        }
        assertThat(statuses).hasSize(ROUNDS * WRITERS).containsOnly(200);
        assertThat(TeamApi.count("select count(*) from outbox_event where event_key = ? and event_type = ?",
                customer, "rapport.customer.updated.v1")).isEqualTo(ROUNDS * WRITERS);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
