package rapport.kpi;

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
        String team = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
        ApiFuzzer.assertSurvives("kpi-service", TestTokens.agent(team).mint(), Map.of("teamId", team, "kpi", "fcr"));
    }
}
