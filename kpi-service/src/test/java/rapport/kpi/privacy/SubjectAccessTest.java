package rapport.kpi.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.events.EventType;
import rapport.events.customer.CustomerErased;
import rapport.events.customer.FollowUpPromised;
import rapport.kpi.support.Payloads;
import rapport.kpi.support.Publisher;
import rapport.kpi.support.Rebuilds;
import rapport.testing.TestPostgres;
import rapport.testing.TestTokens;

/** What kpi-service holds about a customer, and its record of their erasure, which a rebuild keeps as it was. */
@QuarkusTest
class SubjectAccessTest {

    private static final String TEAM = "sar-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String COMMENT = "Nadia Numbers says the callback came on time";

    @Test
    void theExportCountsEachKindOfRowListsTheResponsesAndTheErasureIsAuditedAndSurvivesARebuild() throws Exception {
        UUID customer = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        UUID interaction = UUID.randomUUID();
        Instant day = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Publisher.publish(EventType.CUSTOMER_REGISTERED, TEAM, customer,
                Payloads.customer(TEAM, customer, "Nadia Numbers", day));
        Publisher.publish(EventType.INTERACTION_LOGGED, TEAM, customer, Payloads.interaction(TEAM, customer,
                interaction, caseId, "ann", day, day.plusSeconds(60), "PHONE", "INBOUND", "ENQUIRY", "RESOLVED", 5));
        Publisher.publish(EventType.FOLLOWUP_PROMISED, TEAM, customer, new FollowUpPromised(UUID.randomUUID(), customer,
                TEAM, interaction, caseId, "ann", day, day.plusSeconds(86400)));
        UUID invitation = UUID.randomUUID();
        Publisher.publish(EventType.INVITATION_SENT, TEAM, customer, Payloads.invitation(TEAM, customer, invitation,
                caseId, "ann", "PHONE", day.plusSeconds(120)));
        Publisher.publish(EventType.FEEDBACK_SUBMITTED, TEAM, customer, Payloads.feedback(TEAM, customer, invitation,
                caseId, "ann", "PHONE", day.plusSeconds(3600), 5, 9, 6, COMMENT));

        String body = await().atMost(EVENTUALLY).ignoreExceptions().until(() -> export(customer).extract().asString(),
                b -> new JsonPath(b).getInt("rows.responses") == 1 && new JsonPath(b).getInt("rows.promises") == 1);
        export(customer).header("Content-Disposition", "attachment; filename=\"kpi-customer-" + customer + ".json\"")
                .body("customer.customerId", equalTo(customer.toString()))
                .body("customer.kind", equalTo("EXTERNAL"))
                .body("customer.valueSegment", equalTo("MEDIUM"))
                .body("erasedAt", nullValue())
                .body("rows", equalTo(Map.of("interactions", 1, "voidedInteractions", 0, "cases", 1,
                        "complaintSteps", 0, "promises", 1, "invitations", 1, "responses", 1, "names", 1)))
                .body("responses", hasSize(1))
                .body("responses[0].invitationId", equalTo(invitation.toString()))
                .body("responses[0].csat", equalTo(5))
                .body("responses[0].raterEmpathy", equalTo(5))
                .body("responses[0].comment", equalTo(COMMENT))
                .body("erasures", hasSize(0));
        assertThat(body).as("kpi-service never holds names, e-mails or phones").doesNotContain("@example.com", "+44 7700");
        agent().get("/api/teams/{team}/customers/{id}/erasure", TEAM, customer).then().statusCode(404)
                .contentType("application/problem+json");

        String erased = Publisher.publish(EventType.CUSTOMER_ERASED, TEAM, customer,
                new CustomerErased(customer, TEAM, day.plusSeconds(7200), "alice"));
        String eventId = new JsonPath(erased).getString("id");
        String record = await().atMost(EVENTUALLY).until(
                () -> agent().get("/api/teams/{team}/customers/{id}/erasure", TEAM, customer),
                r -> r.statusCode() == 200).then()
                .body("customerId", equalTo(customer.toString()))
                .body("eventId", equalTo(eventId))
                .body("erasedBy", equalTo("alice"))
                .body("erased", equalTo(Map.of("comments", 1, "names", 1)))
                .extract().asString();
        assertThat(auditRows(customer)).singleElement().asString().contains(eventId)
                .doesNotContain("Nadia", "Numbers", COMMENT);
        export(customer).body("erasedAt", equalTo(day.plusSeconds(7200).toString()))
                .body("rows.names", equalTo(0))
                .body("rows.responses", equalTo(1))
                .body("responses[0].csat", equalTo(5))
                .body("responses[0].comment", nullValue())
                .body("erasures.eventId", equalTo(List.of(eventId)));

        Rebuilds.rebuildAndWait();
        assertThat(agent().get("/api/teams/{team}/customers/{id}/erasure", TEAM, customer).then().statusCode(200)
                .extract().asString()).as("the same record, applied at the same time").isEqualTo(record);
        assertThat(auditRows(customer)).as("the replayed event adds no second row").hasSize(1);
        export(customer).body("responses[0].comment", nullValue()).body("rows.names", equalTo(0))
                .body("erasures.eventId", equalTo(List.of(eventId)));
    }

    @Test
    void anUnknownCustomerIs404AndAnotherTeamIs403() {
        agent().get("/api/teams/{team}/customers/{id}/export", TEAM, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/not-found"));
        for (String path : List.of("export", "erasure")) {
            given().auth().oauth2(TestTokens.agent("other-" + TEAM).mint())
                    .get("/api/teams/{team}/customers/{id}/" + path, TEAM, UUID.randomUUID()).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    private static RequestSpecification agent() {
        return given().auth().oauth2(TestTokens.agent(TEAM).mint());
    }

    private static ValidatableResponse export(UUID customer) {
        return agent().get("/api/teams/{team}/customers/{id}/export", TEAM, customer).then().statusCode(200)
                .header("Cache-Control", "no-store");
    }

    private static List<String> auditRows(UUID customer) throws Exception {
        try (Connection db = TestPostgres.connect();
                ResultSet rows = db.createStatement().executeQuery(
                        "select erasure_audit::text from erasure_audit where customer_id = '" + customer + "'")) {
            List<String> all = new ArrayList<>();
            while (rows.next()) {
                all.add(rows.getString(1));
            }
            return all;
        }
    }
}
