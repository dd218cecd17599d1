package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.testing.TestDataKeys;
import rapport.testing.TestPostgres;
import rapport.testing.TestTokens;

/** Subject access and right to erasure, on the customer-service side. */
@QuarkusTest
class ErasureTest {

    private static final TeamApi API = new TeamApi("gdpr");

    @Test
    void theExportHoldsEverythingAboutTheCustomer() {
        String customer = registerWithHistory("Export Me", "export-" + UUID.randomUUID() + "@example.org");
        API.as().get("/api/teams/{team}/customers/{id}/export", API.team, customer).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"customer-" + customer + ".json\"")
                .body("customer.displayName", equalTo("Export Me"))
                .body("interactions", hasSize(2))
                .body("interactions[0].summary", equalTo("Told us about her late husband's account"))
                .body("interactions[1].voidReason", equalTo("Duplicate of the call"))
                .body("cases", hasSize(1))
                .body("followUps[0].promise", equalTo("Send the bereavement pack"))
                .body("erasures", hasSize(0))
                .body("heldElsewhere.service", equalTo(List.of("feedback-service", "kpi-service")))
                .body("heldElsewhere.export", equalTo(List.of(
                        "http://127.0.0.1:8082" + customerPath(customer) + "/export",
                        "http://127.0.0.1:8083" + customerPath(customer) + "/export")))
                .body("heldElsewhere.erasure", equalTo(List.of(
                        "http://127.0.0.1:8082" + customerPath(customer) + "/erasure",
                        "http://127.0.0.1:8083" + customerPath(customer) + "/erasure")))
                .body("heldElsewhere[0].holds", containsString("comments"));
    }

    @Test
    void theErasureRecordNamesTheEventAndCountsWhatWentButHoldsNoErasedValue() throws Exception {
        String email = "audit-" + UUID.randomUUID() + "@example.org";
        String customer = registerWithHistory("Audit Me", email);
        API.as().get("/api/teams/{team}/customers/{id}/erasure", API.team, customer).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/not-found"));

        String eventId = API.as().delete("/api/teams/{team}/customers/{id}/personal-data", API.team, customer)
                .then().statusCode(200).extract().path("eventId");

        String record = API.as().get("/api/teams/{team}/customers/{id}/erasure", API.team, customer).then()
                .statusCode(200).header("Cache-Control", "no-store")
                .body("customerId", equalTo(customer))
                .body("erasedBy", equalTo(API.user))
                .body("erased", equalTo(Map.of("customerDetails", 1, "contactSummaries", 2, "voidReasons", 1,
                        "followUpPromises", 1)))
                .extract().asString();
        try (Connection db = TestPostgres.connect()) {
            assertThat(rows(db, "select payload from outbox_event where event_id = ?", eventId))
                    .singleElement().asString()
                    .contains("rapport.customer.erased.v1", "\"erasedBy\":\"" + API.user + "\"");
            assertThat(rows(db, "select erasure_audit::text from erasure_audit where customer_id = ?", customer))
                    .singleElement().asString().contains(eventId)
                    .doesNotContain("Audit Me", email, "bereave", "husband", "Duplicate", "Mr Jones");
        }
        assertThat(record).doesNotContain("Audit Me", email, "bereave", "husband", "Duplicate", "Mr Jones");
        API.as().get("/api/teams/{team}/customers/{id}/export", API.team, customer).then().statusCode(200)
                .body("erasures[0].eventId", equalTo(eventId));
    }

    @Test
    void noErasureRecordForAnUnknownCustomerOrAnotherTeamsMember() {
        API.as().get("/api/teams/{team}/customers/{id}/erasure", API.team, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        String customer = API.registerCustomer("Kept Private");
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.agent("elsewhere-" + API.team).mint())
                .get("/api/teams/{team}/customers/{id}/erasure", API.team, customer).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void erasureReplacesPersonalDataByMarkersKeepsTheFactsAuditsAndPublishes() throws Exception {
        String email = "erase-" + UUID.randomUUID() + "@example.org";
        String customer = registerWithHistory("Erase Me", email);
        String key = "erase-key-" + UUID.randomUUID();
        API.as().header("Idempotency-Key", key).body(Map.of("promise", "Ring back", "dueAt",
                Instant.now().plusSeconds(3600).toString()))
                .post("/api/teams/{team}/customers/{id}/follow-ups", API.team, customer).then().statusCode(201);
        InteractionEventsTest.awaitEvents(customer, 1); // the registration has been published

        API.as().delete("/api/teams/{team}/customers/{id}/personal-data", API.team, customer).then().statusCode(200)
                .body("customerId", equalTo(customer)).body("erasedBy", equalTo(API.user));

        API.as().get("/api/teams/{team}/customers/{id}/export", API.team, customer).then().statusCode(200)
                .body("customer.displayName", equalTo("[erased]"))
                .body("customer.email", nullValue())
                .body("customer.phone", nullValue())
                .body("customer.needs", equalTo("[erased]"))
                .body("customer.surveyConsent", equalTo(false))
                .body("customer.status", equalTo("ERASED"))
                .body("interactions.summary", equalTo(List.of("[erased]", "[erased]")))
                .body("interactions[1].voidReason", equalTo("[erased]"))
                .body("interactions[0].outcome", equalTo("FOLLOW_UP_REQUIRED"))
                .body("interactions[0].channel", equalTo("PHONE"))
                .body("followUps.promise", equalTo(List.of("[erased]", "[erased]")))
                .body("followUps.promisedTo", hasItem("[erased]"))
                .body("erasures", hasSize(1));

        try (Connection db = TestPostgres.connect()) {
            assertThat(rows(db, "select erased_by, erased_at from erasure_audit where customer_id = ?", customer))
                    .containsExactly(API.user);
            assertThat(rows(db, "select display_name from customer where id = ?", customer)).containsExactly("[erased]");
            assertThat(rows(db, "select body from idempotency_request where team_id = ? and idempotency_key = '" + key + "'",
                    API.team)).isEmpty();
            assertThat(rows(db, "select payload from outbox_event where payload like ?", "%" + email + "%"))
                    .as("no stored copy of the e-mail").isEmpty();
            assertThat(rows(db, "select encode(data_key, 'hex') || shredded_at from data_key where subject_id = ?",
                    customer)).as("the key is shredded: its row stays as a marker without the key")
                    .containsExactly((String) null);
            assertThat(rows(db, "select coalesce(payload, event_type) from outbox_event where topic = 'rapport.data-keys' "
                    + "and event_key = ?::varchar order by seq", customer)).as("the key's outbox row went, the tombstone follows")
                    .containsExactly("tombstone");
        }
        TestDataKeys.awaitTombstone(UUID.fromString(customer));

        JsonNode erased = InteractionEventsTest.awaitEvents(customer, 6).getLast();
        assertThat(erased.get("type").asText()).isEqualTo("rapport.customer.erased.v1");
        assertThat(erased.get("data").get("customerId").asText()).isEqualTo(customer);
        assertThat(erased.toString()).doesNotContain(email).doesNotContain("Erase Me");
    }

    @Test
    void anErasedCustomerTakesNoNewDataAndCannotBeErasedTwice() {
        String customer = API.registerCustomer("Gone Soon");
        API.as().delete("/api/teams/{team}/customers/{id}/personal-data", API.team, customer).then().statusCode(200);
        int events = TeamApi.outboxRows(customer);
        API.as().delete("/api/teams/{team}/customers/{id}/personal-data", API.team, customer).then().statusCode(409)
                .body("type", equalTo("https://rapport.dev/problems/already-erased"));
        API.log(customer, TeamApi.contact()).statusCode(409)
                .body("type", equalTo("https://rapport.dev/problems/customer-erased"));
        API.as().body(Map.of("displayName", "Back Again", "kind", "EXTERNAL", "surveyConsent", true))
                .put("/api/teams/{team}/customers/{id}", API.team, customer).then().statusCode(409);
        assertThat(TeamApi.outboxRows(customer)).isEqualTo(events);
        assertThat(TeamApi.count("select count(*) from erasure_audit where customer_id = ?", UUID.fromString(customer)))
                .isEqualTo(1);
    }

    @Test
    void aContactVoidedAfterErasureKeepsNoReasonText() {
        String customer = API.registerCustomer("Void Later");
        String contact = API.logOk(customer, TeamApi.contact());
        API.as().delete("/api/teams/{team}/customers/{id}/personal-data", API.team, customer).then().statusCode(200);
        API.as().body("{\"reason\": \"Mrs Void Later rang to say it was her neighbour\"}")
                .post("/api/teams/{team}/interactions/{id}/void", API.team, contact).then().statusCode(200)
                .body("voided", equalTo(true)).body("voidReason", equalTo("[erased]"));
    }

    @Test
    void assessorsCannotErase() {
        String customer = API.registerCustomer("Protected");
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.assessor(API.team).mint())
                .delete("/api/teams/{team}/customers/{id}/personal-data", API.team, customer).then().statusCode(403);
        API.as().get("/api/teams/{team}/customers/{id}", API.team, customer).then().body("status", equalTo("ACTIVE"));
    }

    private static String customerPath(String customer) {
        return "/api/teams/" + API.team + "/customers/" + customer;
    }

    /** A customer with notes, a contact, a voided contact and a follow-up promise. */
    private static String registerWithHistory(String name, String email) {
        String customer = API.as().body(Map.of("displayName", name, "email", email, "phone", "+44 7700 " + (100000 + new java.util.Random().nextInt(899999)),
                "kind", "EXTERNAL", "needs", "Recently bereaved; speak slowly", "surveyConsent", true))
                .post("/api/teams/{team}/customers", API.team).then().statusCode(201).extract().path("id");
        Instant start = Instant.now().minusSeconds(7200);
        var first = API.log(customer, TeamApi.contact("outcome", "FOLLOW_UP_REQUIRED", "occurredAt", start.toString(),
                "summary", "Told us about her late husband's account")).statusCode(201).extract().jsonPath();
        String second = API.logOk(customer, TeamApi.contact("caseId", first.getString("caseId"),
                "occurredAt", start.plusSeconds(60).toString(), "summary", "Same call logged twice"));
        API.as().body("{\"reason\": \"Duplicate of the call\"}")
                .post("/api/teams/{team}/interactions/{id}/void", API.team, second).then().statusCode(200);
        API.as().body(Map.of("promise", "Send the bereavement pack", "promisedTo", "Her son, Mr Jones",
                "dueAt", Instant.now().plusSeconds(86400).toString(), "interactionId", first.getString("id")))
                .post("/api/teams/{team}/customers/{id}/follow-ups", API.team, customer).then().statusCode(201);
        return customer;
    }

    private static List<String> rows(Connection db, String sql, String param) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, param.matches("[0-9a-f-]{36}") ? UUID.fromString(param) : param);
            try (ResultSet rs = statement.executeQuery()) {
                List<String> values = new java.util.ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        }
    }
}
