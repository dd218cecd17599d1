package rapport.feedback;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.testing.fuzz.IntruderMatrix;

/** Every endpoint of this service's OpenAPI document against each kind of intruder (libs/testing IntruderMatrix); see docs/reliability.md. */
@QuarkusTest
class IntruderTest {

    @Test
    void everyEndpointRefusesStrangersOtherTeamsAndAssessorsWriting() {
        String team = Fixtures.team("intruders");
        UUID customer = Fixtures.knownCustomer(team, "Zelda Quixote", "zelda@example.org", true);
        IntruderMatrix.assertKeepsIntrudersOut("feedback-service", Map.of("teamId", team,
                "customerId", customer.toString()), Set.of("Zelda", "zelda@example.org"), Set.of());
    }
}
