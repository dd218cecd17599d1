package rapport.kpi;

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
        String team = "intruders-" + UUID.randomUUID().toString().substring(0, 8);
        // a rebuild started here would still be running when RebuildTest starts its own (409)
        IntruderMatrix.assertKeepsIntrudersOut("kpi-service", Map.of("teamId", team, "kpi", "fcr"), Set.of(),
                Set.of("POST /api/admin/rebuild"));
    }
}
