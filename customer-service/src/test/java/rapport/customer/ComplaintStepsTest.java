package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComplaintStepsTest {

    private static final TeamApi API = new TeamApi("complaints");

    private static String complaintCase(String customer) {
        return API.log(customer, TeamApi.contact("category", "COMPLAINT", "outcome", "ESCALATED")).statusCode(201)
                .extract().path("caseId");
    }

    private static io.restassured.response.ValidatableResponse record(String caseId, Map<String, Object> step) {
        return API.as().body(step).post("/api/teams/{team}/cases/{id}/complaint-steps", API.team, caseId).then();
    }

    @Test
    void theFourStepsAreRecordedWithTheirTimesAndPublished() throws Exception {
        String customer = API.registerCustomer("Unhappy Customer");
        String caseId = complaintCase(customer);
        Instant start = Instant.now().minusSeconds(3000).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<String> steps = List.of("ACKNOWLEDGE", "APOLOGISE", "ACT", "ASSURE");
        for (int i = 0; i < steps.size(); i++) {
            record(caseId, Map.of("step", steps.get(i), "at", start.plusSeconds(600L * i).toString()))
                    .statusCode(201).body("step", equalTo(steps.get(i))).body("agent", equalTo(API.user));
        }
        API.as().get("/api/teams/{team}/cases/{id}/complaint-steps", API.team, caseId).then().statusCode(200)
                .body("step", contains(steps.toArray()))
                .body("[1].at", equalTo(start.plusSeconds(600).toString()));

        List<JsonNode> events = InteractionEventsTest.awaitEvents(customer, 7);
        List<JsonNode> recorded = events.stream()
                .filter(e -> e.get("type").asText().equals("rapport.complaint.step-recorded.v1")).toList();
        assertThat(recorded).extracting(e -> e.get("data").get("step").asText()).containsExactlyElementsOf(steps);
        assertThat(recorded.getFirst().get("data").get("recordedAt").asText()).isEqualTo(start.toString());
        assertThat(recorded.getFirst().get("data").get("caseId").asText()).isEqualTo(caseId);
    }

    @Test
    void aCustomersStepsOfAllTheirCasesComeInOneListOfTheTeamOnly() {
        String customer = API.registerCustomer("Twice Unhappy");
        String first = complaintCase(customer);
        String second = complaintCase(customer);
        String other = complaintCase(API.registerCustomer("Someone Else Unhappy"));
        Instant start = Instant.now().minusSeconds(3000).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        record(second, Map.of("step", "ACKNOWLEDGE", "at", start.toString())).statusCode(201);
        record(first, Map.of("step", "APOLOGISE", "at", start.plusSeconds(60).toString())).statusCode(201);
        record(other, Map.of("step", "ACKNOWLEDGE", "at", start.toString())).statusCode(201);

        API.as().get("/api/teams/{team}/customers/{id}/complaint-steps", API.team, customer).then().statusCode(200)
                .body("caseId", contains(second, first))
                .body("step", contains("ACKNOWLEDGE", "APOLOGISE"));
        TeamApi elsewhere = new TeamApi("complaints-other");
        elsewhere.as().get("/api/teams/{team}/customers/{id}/complaint-steps", API.team, customer).then()
                .statusCode(403);
        elsewhere.as().get("/api/teams/{team}/customers/{id}/complaint-steps", elsewhere.team, customer).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aStepOnANonComplaintCaseIs422AndNothingIsRecorded() {
        String customer = API.registerCustomer("Just Asking");
        String enquiry = API.log(customer, TeamApi.contact()).statusCode(201).extract().path("caseId");
        int events = TeamApi.outboxRows(customer);
        record(enquiry, Map.of("step", "APOLOGISE")).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/not-a-complaint"))
                .body("errors[0].field", equalTo("caseId"));
        assertThat(TeamApi.outboxRows(customer)).isEqualTo(events);
        assertThat(TeamApi.count("select count(*) from complaint_step where case_id = ?", UUID.fromString(enquiry)))
                .isZero();
    }

    @Test
    void aStepTwiceAnUnknownStepAFutureTimeOrAnUnknownCaseAreRefused() {
        String customer = API.registerCustomer("Twice Complained");
        String caseId = complaintCase(customer);
        record(caseId, Map.of("step", "ACKNOWLEDGE")).statusCode(201);
        int events = TeamApi.outboxRows(customer);
        record(caseId, Map.of("step", "ACKNOWLEDGE")).statusCode(409)
                .body("type", equalTo("https://rapport.dev/problems/step-already-recorded"));
        record(caseId, Map.of("step", "SHRUG")).statusCode(400).body("errors[0].field", equalTo("step"));
        record(caseId, Map.of()).statusCode(400).body("errors[0].field", equalTo("step"));
        record(caseId, Map.of("step", "ACT", "at", Instant.now().plusSeconds(3600).toString())).statusCode(422)
                .body("errors[0].field", equalTo("at"));
        record(UUID.randomUUID().toString(), Map.of("step", "ACT")).statusCode(404);
        assertThat(TeamApi.outboxRows(customer)).isEqualTo(events);
        assertThat(TeamApi.count("select count(*) from complaint_step where case_id = ?", UUID.fromString(caseId)))
                .isEqualTo(1);
    }
}
