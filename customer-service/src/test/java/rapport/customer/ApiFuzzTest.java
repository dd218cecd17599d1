package rapport.customer;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rapport.testing.fuzz.ApiFuzzer;

/** Hostile requests generated from this service's OpenAPI document (libs/testing ApiFuzzer); see docs/reliability.md. */
@QuarkusTest
class ApiFuzzTest {

    @Test
    void generatedHostileRequestsGetAProblemNeverA5xxAndInvalidOnesChangeNothing() {
        TeamApi api = new TeamApi("fuzz");
        String customer = api.registerCustomer("Fuzz Target");
        String interaction = api.logOk(customer, TeamApi.contact("outcome", "FOLLOW_UP_REQUIRED"));
        String caseId = api.as().get("/api/teams/{team}/interactions/{id}", api.team, interaction).then()
                .statusCode(200).extract().path("caseId");
        String followUp = api.as().body(Map.of("promise", "Call back", "dueAt", Instant.now().plusSeconds(86_400)
                .toString())).post("/api/teams/{team}/customers/{id}/follow-ups", api.team, customer).then()
                .statusCode(201).extract().path("id");
        ApiFuzzer.assertSurvives("customer-service", api.token(), Map.of("teamId", api.team, "customerId", customer,
                "interactionId", interaction, "caseId", caseId, "followUpId", followUp, "id", customer));
    }
}
