package rapport.feedback;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.testing.TestTokens;
import rapport.testing.fuzz.ApiFuzzer;

/** Hostile requests generated from this service's OpenAPI document (libs/testing ApiFuzzer); see docs/reliability.md. */
@QuarkusTest
class ApiFuzzTest {

    @Test
    void generatedHostileRequestsGetAProblemNeverA5xxAndInvalidOnesChangeNothing() {
        String team = Fixtures.team("fuzz");
        UUID customer = Fixtures.knownCustomer(team, "Fuzz Target", "fuzz@example.org", true);
        ApiFuzzer.assertSurvives("feedback-service", TestTokens.agent(team).mint(), Map.of("teamId", team,
                "customerId", customer.toString()));
    }
}
