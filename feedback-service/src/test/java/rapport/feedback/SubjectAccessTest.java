package rapport.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.events.EventType;
import rapport.events.customer.CustomerErased;
import rapport.testing.TestEvents;
import rapport.testing.TestTokens;

/** The export of what feedback-service holds about a customer, and its record of their erasure. */
@QuarkusTest
class SubjectAccessTest {

    private static final String TEAM = Fixtures.team("sar");
    private static final String COMMENT = "Petra here: the courier was lovely";

    @Test
    void theExportListsTheDirectoryEntryResolutionsInvitationsAndResponsesButNoLink() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Petra Portable", "petra@example.org", true);
        UUID caseId = UUID.randomUUID();
        TestEvents.publish(Fixtures.resolved(TEAM, customer, caseId, 1, "bob"), customer);
        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from invitation where case_id = ?", caseId) == 1);
        String link = Fixtures.link(TEAM, customer);
        Fixtures.answer(Fixtures.token(link), Map.of("csat", "4", "ces", "6", "comment", COMMENT))
                .then().statusCode(200);

        String body = export(customer).header("Content-Disposition",
                        "attachment; filename=\"feedback-customer-" + customer + ".json\"")
                .body("customer.customerId", equalTo(customer.toString()))
                .body("customer.displayName", equalTo("Petra Portable"))
                .body("customer.email", equalTo("petra@example.org"))
                .body("customer.surveyConsent", equalTo(true))
                .body("caseResolutions", hasSize(1))
                .body("caseResolutions[0].caseId", equalTo(caseId.toString()))
                .body("caseResolutions[0].agent", equalTo("bob"))
                .body("caseResolutions[0].outcome", equalTo("INVITED"))
                .body("invitations", hasSize(2))
                .body("invitations.origin", equalTo(List.of("CASE_RESOLVED", "MANUAL")))
                .body("invitations[1].status", equalTo("ANSWERED"))
                .body("responses", hasSize(1))
                .body("responses[0].answers.csat", equalTo(4))
                .body("responses[0].answers.ces", equalTo(6))
                .body("responses[0].answers.comment", equalTo(COMMENT))
                .body("erasures", hasSize(0))
                .extract().asString();
        assertThat(body).as("never a survey link or its token").doesNotContain(Fixtures.token(link), "/s/");
        assertThat(new JsonPath(body).getString("invitations[0].id")).isEqualTo(Fixtures.string(
                "select id from invitation where case_id = ?", caseId));
    }

    @Test
    void anUnknownCustomerIs404AndAnotherTeamIs403() {
        UUID customer = Fixtures.knownCustomer(TEAM, "Quentin Quiet", "quentin@example.org", true);
        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/customers/{id}/export", TEAM, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/not-found"));
        for (String path : List.of("export", "erasure")) {
            String answer = given().auth().oauth2(TestTokens.agent("other-" + TEAM).mint())
                    .get("/api/teams/{team}/customers/{id}/" + path, TEAM, customer).then().statusCode(403)
                    .contentType("application/problem+json").extract().asString();
            assertThat(answer).doesNotContain("Quentin", "quentin@example.org");
        }
        given().auth().oauth2(TestTokens.assessor(TEAM).mint())
                .get("/api/teams/{team}/customers/{id}/export", TEAM, customer).then().statusCode(200)
                .header("Cache-Control", "no-store");
    }

    @Test
    void theErasureIsAuditedWithTheEventAndCountsAndTheAuditOutlivesTheErasedData() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Rosalind Removable", "rosalind@example.org", true);
        Fixtures.answer(Fixtures.token(Fixtures.link(TEAM, customer)), Map.of("nps", "9", "comment", COMMENT))
                .then().statusCode(200);
        Fixtures.link(TEAM, customer); // left unanswered: withdrawn by the erasure
        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/customers/{id}/erasure", TEAM, customer).then().statusCode(404)
                .contentType("application/problem+json");

        Instant erasedAt = Instant.parse("2026-11-23T10:00:00Z");
        String event = TestEvents.cloudEvent(EventType.CUSTOMER_ERASED, TEAM, customer,
                new CustomerErased(customer, TEAM, erasedAt, "alice"));
        TestEvents.publish(event, customer);
        String eventId = new JsonPath(event).getString("id");

        String record = await().atMost(Fixtures.EVENTUALLY).until(() -> given().auth()
                .oauth2(TestTokens.agent(TEAM).mint()).get("/api/teams/{team}/customers/{id}/erasure", TEAM, customer),
                r -> r.statusCode() == 200).then()
                .body("customerId", equalTo(customer.toString()))
                .body("eventId", equalTo(eventId))
                .body("erasedBy", equalTo("alice"))
                .body("erasedAt", equalTo("2026-11-23T10:00:00Z"))
                .body("erased", equalTo(Map.of("directoryDetails", 1, "comments", 1, "invitationsWithdrawn", 1,
                        "unsentMails", 0)))
                .extract().asString();
        assertThat(record).doesNotContain("Rosalind", "rosalind@example.org", COMMENT);
        assertThat(Fixtures.string("select erasure_audit::text from erasure_audit where customer_id = ?", customer))
                .contains(eventId).doesNotContain("Rosalind", "rosalind@example.org", COMMENT);

        export(customer).body("customer.displayName", nullValue()).body("customer.email", nullValue())
                .body("customer.erased", equalTo(true))
                .body("responses[0].answers.nps", equalTo(9)).body("responses[0].answers.comment", nullValue())
                .body("invitations.status", equalTo(List.of("ANSWERED", "WITHDRAWN")))
                .body("erasures.eventId", equalTo(List.of(eventId)));
    }

    private static ValidatableResponse export(UUID customer) {
        return given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/customers/{id}/export", TEAM, customer).then().statusCode(200)
                .header("Cache-Control", "no-store");
    }
}
