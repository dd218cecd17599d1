package rapport.customer;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rapport.testing.fuzz.IntruderMatrix;

/** Every endpoint of this service's OpenAPI document against each kind of intruder (libs/testing IntruderMatrix); see docs/reliability.md. */
@QuarkusTest
class IntruderTest {

    @Test
    void everyEndpointRefusesStrangersOtherTeamsAndAssessorsWriting() {
        TeamApi api = new TeamApi("intruders");
        String customer = api.as().body(Map.of("displayName", "Zelda Quixote", "email", "zelda@example.org",
                "kind", "EXTERNAL", "surveyConsent", true)).post("/api/teams/{team}/customers", api.team).then()
                .statusCode(201).extract().path("id");
        String interaction = api.logOk(customer, TeamApi.contact("outcome", "FOLLOW_UP_REQUIRED",
                "summary", "Zelda's parcel went astray"));
        String caseId = api.as().get("/api/teams/{team}/interactions/{id}", api.team, interaction).then()
                .statusCode(200).extract().path("caseId");
        String followUp = api.as().body(Map.of("promise", "Call Zelda back", "dueAt", Instant.now()
                .plusSeconds(86_400).toString())).post("/api/teams/{team}/customers/{id}/follow-ups", api.team,
                customer).then().statusCode(201).extract().path("id");
        IntruderMatrix.assertKeepsIntrudersOut("customer-service", Map.of("teamId", api.team, "customerId", customer,
                "interactionId", interaction, "caseId", caseId, "followUpId", followUp, "id", customer),
                Set.of("Zelda", "zelda@example.org", "parcel"), Set.of());
    }
}
