package rapport.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rapport.testing.TestTokens;

/**
 * Subject access across the services, and each one's record of an erasure: customer-service's export links to
 * feedback-service's and kpi-service's (built from its configuration, never fetched by it), each lists what the
 * test created there, and after the erasure every service's audit names the same customer.erased event, who
 * asked and how many of each kind of data went, without a single erased value (docs/customer-service.md,
 * "Personal data").
 */
@ExtendWith(RunningSystem.class)
class SubjectAccessEndToEndTest {

    private static final String TEAM = "sar-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration PROPAGATION = Duration.ofSeconds(30);
    private static final String NAME = "Saoirse Accessby";
    private static final String EMAIL = "saoirse-" + TEAM + "@example.org";
    private static final String PHONE = "+44 20 7946 0744";
    private static final String SUMMARY = "Asked for a copy of everything we hold on Saoirse";
    private static final String PROMISE = "Post Saoirse the paper copy";
    private static final String COMMENT = "Quick and clear, thank you Tomasz";

    private final String token = TestTokens.agent(TEAM).user("alice").mint();

    @Test
    void everyServiceExportsWhatItHoldsAndAuditsItsErasureWithoutTheErasedValues() throws Exception {
        String customerId = registerWithAResolvedContactAndAPromise();
        String link = SurveyMail.linkTokensMailedTo(EMAIL, 1).getFirst();
        RunningSystem.feedbackPage().contentType(ContentType.URLENC).formParam("csat", "5").formParam("nps", "10")
                .formParam("comment", COMMENT).post("/s/{token}", link).then().statusCode(200);

        JsonPath customerExport = export(RunningSystem.customerService(token), customerId);
        Map<String, String> exports = linksOf(customerExport, "export");
        assertThat(exports).as("links built from RAPPORT_CUSTOMER_*_SERVICE_URL").containsExactly(
                Map.entry("feedback-service", RunningSystem.feedbackServiceUri() + "/api/teams/" + TEAM + "/customers/"
                        + customerId + "/export"),
                Map.entry("kpi-service", RunningSystem.kpiServiceUri() + "/api/teams/" + TEAM + "/customers/"
                        + customerId + "/export"));

        String feedback = await().atMost(PROPAGATION).ignoreExceptions()
                .until(() -> fetch(exports.get("feedback-service")),
                        body -> new JsonPath(body).getList("responses").size() == 1);
        JsonPath feedbackExport = new JsonPath(feedback);
        assertThat(feedbackExport.getString("customer.displayName")).isEqualTo(NAME);
        assertThat(feedbackExport.getString("customer.email")).isEqualTo(EMAIL);
        assertThat(feedbackExport.getList("caseResolutions.outcome")).containsExactly("INVITED");
        assertThat(feedbackExport.getList("invitations.status")).containsExactly("ANSWERED");
        assertThat(feedbackExport.getString("invitations[0].delivery")).isEqualTo("EMAIL");
        assertThat(feedbackExport.getInt("responses[0].answers.csat")).isEqualTo(5);
        assertThat(feedbackExport.getString("responses[0].answers.comment")).isEqualTo(COMMENT);
        assertThat(feedback).as("never the survey link's token").doesNotContain(link);

        String kpi = await().atMost(PROPAGATION).ignoreExceptions()
                .until(() -> fetch(exports.get("kpi-service")),
                        body -> new JsonPath(body).getList("responses").size() == 1
                                && new JsonPath(body).getLong("rows.promises") == 1);
        JsonPath kpiExport = new JsonPath(kpi);
        assertThat(kpiExport.getString("customer.kind")).isEqualTo("EXTERNAL");
        assertThat(kpiExport.getMap("rows", String.class, Integer.class)).containsAllEntriesOf(Map.of(
                "interactions", 1, "cases", 1, "promises", 1, "invitations", 1, "responses", 1, "names", 1));
        assertThat(kpiExport.getString("responses[0].comment")).isEqualTo(COMMENT);
        assertThat(kpi).doesNotContain(NAME, EMAIL, PHONE);

        RunningSystem.customerService(token).delete("/api/teams/{team}/customers/{id}/personal-data", TEAM, customerId)
                .then().statusCode(200);
        JsonPath erasure = RunningSystem.customerService(token)
                .get("/api/teams/{team}/customers/{id}/erasure", TEAM, customerId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(erasure.getString("erasedBy")).isEqualTo("alice");
        assertThat(erasure.getMap("erased", String.class, Integer.class)).containsAllEntriesOf(Map.of(
                "customerDetails", 1, "contactSummaries", 1, "followUpPromises", 1));
        String eventId = erasure.getString("eventId");
        assertThat(eventId).isNotNull();

        Map<String, String> erasures = linksOf(export(RunningSystem.customerService(token), customerId), "erasure");
        JsonPath feedbackErasure = awaitErasure(erasures.get("feedback-service"));
        assertThat(feedbackErasure.getMap("erased", String.class, Integer.class)).isEqualTo(Map.of(
                "directoryDetails", 1, "comments", 1, "invitationsWithdrawn", 0, "unsentMails", 0));
        JsonPath kpiErasure = awaitErasure(erasures.get("kpi-service"));
        assertThat(kpiErasure.getMap("erased", String.class, Integer.class)).isEqualTo(Map.of(
                "comments", 1, "names", 1));
        for (JsonPath audit : List.of(erasure, feedbackErasure, kpiErasure)) {
            assertThat(audit.getString("eventId")).as("the same customer.erased event").isEqualTo(eventId);
            assertThat(audit.getString("customerId")).isEqualTo(customerId);
            assertThat(audit.prettify()).doesNotContain(NAME, "Saoirse", EMAIL, PHONE, SUMMARY, PROMISE, COMMENT);
        }
        assertThat(feedbackErasure.getString("erasedBy")).isEqualTo("alice");
        assertThat(kpiErasure.getString("erasedBy")).isEqualTo("alice");

        String feedbackAfter = fetch(exports.get("feedback-service"));
        assertThat(new JsonPath(feedbackAfter).getList("erasures.eventId")).containsExactly(eventId);
        assertThat(new JsonPath(feedbackAfter).getInt("responses[0].answers.csat")).as("the score stays").isEqualTo(5);
        String kpiAfter = fetch(exports.get("kpi-service"));
        assertThat(new JsonPath(kpiAfter).getList("erasures.eventId")).containsExactly(eventId);
        assertThat(new JsonPath(kpiAfter).getLong("rows.names")).isZero();
        for (String after : List.of(feedbackAfter, kpiAfter)) {
            assertThat(after).doesNotContain(NAME, "Saoirse", EMAIL, PHONE, COMMENT);
        }
    }

    /** A consenting customer, an INBOUND call resolved at once (which mails an invitation) and a promise. */
    private String registerWithAResolvedContactAndAPromise() {
        String customerId = RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body(Map.of("displayName", NAME, "email", EMAIL, "phone", PHONE, "kind", "EXTERNAL",
                        "surveyConsent", true))
                .post("/api/teams/{team}/customers", TEAM).then().statusCode(201).extract().path("id");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String interactionId = RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body(Map.of("occurredAt", now.minus(1, ChronoUnit.HOURS).toString(), "channel", "PHONE",
                        "direction", "INBOUND", "category", "ENQUIRY", "outcome", "RESOLVED", "summary", SUMMARY))
                .post("/api/teams/{team}/customers/{id}/interactions", TEAM, customerId)
                .then().statusCode(201).extract().path("id");
        RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body(Map.of("promise", PROMISE, "dueAt", now.plus(1, ChronoUnit.DAYS).toString(),
                        "interactionId", interactionId))
                .post("/api/teams/{team}/customers/{id}/follow-ups", TEAM, customerId).then().statusCode(201);
        return customerId;
    }

    private static JsonPath export(RequestSpecification service, String customerId) {
        return service.get("/api/teams/{team}/customers/{id}/export", TEAM, customerId).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();
    }

    /** Service name to the {@code export} or {@code erasure} link of customer-service's heldElsewhere. */
    private static Map<String, String> linksOf(JsonPath customerExport, String link) {
        List<String> services = customerExport.getList("heldElsewhere.service", String.class);
        List<String> links = customerExport.getList("heldElsewhere." + link, String.class);
        Map<String, String> byService = new LinkedHashMap<>();
        for (int i = 0; i < services.size(); i++) {
            byService.put(services.get(i), links.get(i));
        }
        return byService;
    }

    /** A link of customer-service's export, followed with the same token. */
    private String fetch(String url) {
        return RestAssured.given().auth().oauth2(token).get(url).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asString();
    }

    private JsonPath awaitErasure(String url) {
        return await().atMost(PROPAGATION).until(() -> RestAssured.given().auth().oauth2(token).get(url),
                response -> response.statusCode() == 200).jsonPath();
    }
}
