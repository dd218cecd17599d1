package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Contacts logged at the same moment on one case are applied one at a time: none is lost, the state is exact. */
@QuarkusTest
class ConcurrentContactsTest {

    private static final TeamApi API = new TeamApi("race");

    @Test
    void simultaneousContactsOnOneCaseAllCountAndTheCaseMatchesTheirOrder() throws Exception {
        String customer = API.registerCustomer("Popular Customer");
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String caseId = API.log(customer, TeamApi.contact("occurredAt", start.toString(), "outcome", "ESCALATED"))
                .statusCode(201).extract().path("caseId");
        int contacts = 12;
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 1; i <= contacts; i++) {
                // in time order they alternate RESOLVED and an inbound INFO_ONLY, which reopens
                String outcome = i % 2 == 1 ? "RESOLVED" : "INFO_ONLY";
                String at = start.plusSeconds(60L * i).toString();
                answers.add(clients.submit(() -> API.log(customer, TeamApi.contact("caseId", caseId,
                        "occurredAt", at, "outcome", outcome)).extract().statusCode()));
            }
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(201);
        }
        JsonPath detail = API.caseOf(caseId).extract().jsonPath();
        assertThat(detail.getList("interactions")).hasSize(contacts + 1);
        assertThat(detail.getString("caseInfo.status")).isEqualTo("OPEN"); // contact 12 is an inbound INFO_ONLY
        assertThat(detail.getInt("caseInfo.resolutionCount")).isEqualTo(6);
        assertThat(detail.getInt("caseInfo.reopenCount")).isEqualTo(6);
        assertThat(detail.getString("caseInfo.resolvedAt")).isEqualTo(start.plusSeconds(60).toString());
    }
}
