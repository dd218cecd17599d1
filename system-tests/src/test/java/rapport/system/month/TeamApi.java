package rapport.system.month;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rapport.system.RunningSystem;

/** The calls a team member makes on the three services' APIs, each checked for its success status. */
final class TeamApi {

    private final String team;
    private final String token;

    TeamApi(String team, String token) {
        this.team = team;
        this.token = token;
    }

    UUID register(Map<String, Object> customer) {
        return UUID.fromString(created(customers().body(customer).post("/api/teams/{team}/customers", team))
                .getString("id"));
    }

    /** Logs a contact (opening a case when the body names none); the stored contact. */
    JsonPath log(UUID customer, Map<String, Object> contact) {
        return created(customers().body(contact).post("/api/teams/{team}/customers/{id}/interactions", team,
                customer));
    }

    void voidContact(UUID interaction, String reason) {
        customers().body(Map.of("reason", reason)).post("/api/teams/{team}/interactions/{id}/void", team, interaction)
                .then().statusCode(200);
    }

    void recordStep(UUID caseId, String step, Instant at) {
        created(customers().body(Map.of("step", step, "at", at.toString()))
                .post("/api/teams/{team}/cases/{id}/complaint-steps", team, caseId));
    }

    JsonPath promise(UUID customer, Map<String, Object> promise) {
        return created(customers().body(promise).post("/api/teams/{team}/customers/{id}/follow-ups", team, customer));
    }

    JsonPath complete(UUID promise) {
        return customers().post("/api/teams/{team}/follow-ups/{id}/complete", team, promise)
                .then().statusCode(200).extract().jsonPath();
    }

    boolean knownToFeedbackService(UUID customer) {
        return RunningSystem.feedbackService(token).get("/api/teams/{team}/directory/{id}", team, customer)
                .statusCode() == 200;
    }

    /**
     * Records collected feedback about a case once feedback-service has heard of the case's resolution
     * (until then it answers 404: the event is on its way).
     */
    JsonPath recordResponseAboutCase(Map<String, Object> response) {
        io.restassured.response.Response[] answer = new io.restassured.response.Response[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            answer[0] = RunningSystem.feedbackService(token).contentType(ContentType.JSON).body(response)
                    .post("/api/teams/{team}/responses", team);
            return answer[0].statusCode() != 404;
        });
        return created(answer[0]);
    }

    JsonPath recordResponse(Map<String, Object> response) {
        return created(RunningSystem.feedbackService(token).contentType(ContentType.JSON).body(response)
                .post("/api/teams/{team}/responses", team));
    }

    List<Map<String, Object>> invitationsOf(UUID customer) {
        return RunningSystem.feedbackService(token).queryParam("customerId", customer).queryParam("size", 100)
                .get("/api/teams/{team}/invitations", team).then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    /** Every KPI of {@code [from, to)}, of one agent or (null) the whole team. */
    JsonPath kpis(LocalDate from, LocalDate to, String agent) {
        RequestSpecification request = RunningSystem.kpiService(token).queryParam("from", from.toString())
                .queryParam("to", to.toString());
        if (agent != null) {
            request.queryParam("agent", agent);
        }
        return request.get("/api/teams/{team}/kpis", team).then().statusCode(200).extract().jsonPath();
    }

    private RequestSpecification customers() {
        return RunningSystem.customerService(token).contentType(ContentType.JSON);
    }

    private static JsonPath created(io.restassured.response.Response response) {
        return response.then().statusCode(201).extract().jsonPath();
    }
}
