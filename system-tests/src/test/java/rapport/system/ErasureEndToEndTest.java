package rapport.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rapport.testing.TestTokens;

/**
 * Erasure end to end: customer-service erases a customer who has contacts, a promise and
 * a commented survey answer; customer.erased reaches feedback-service and kpi-service through the
 * real broker, and each drops the personal data it holds while the anonymous scores and every KPI
 * count stay as they were.
 */
@ExtendWith(RunningSystem.class)
class ErasureEndToEndTest {

    private static final String TEAM = "erase-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration PROPAGATION = Duration.ofSeconds(30);
    private static final String NAME = "Erin Example";
    private static final String EMAIL = "erin-" + TEAM + "@example.org";
    private static final String PHONE = "+44 20 7946 0321";
    private static final String COMMENT = "Zebedee on the phone was patient and kind";
    private static final String SUMMARY = "Parcel for Erin Example left at the wrong door";
    private static final String PROMISE = "Ring Erin back once the courier answers";
    private static final String PROMISED_TO = "Erin's neighbour at number 12";
    private static final String VOID_REASON = "Logged on Erin's record by mistake";
    private static final String ERASED = "[erased]";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Two days around now in the team's calendar, so that the contacts of the last hours are in it at any hour. */
    private static final LocalDate FROM = LocalDate.now(LONDON).minusDays(1);
    private static final LocalDate TO = FROM.plusDays(2);

    private final String token = TestTokens.agent(TEAM).user("alice").mint();

    @Test
    void anErasedCustomersPersonalDataLeavesEveryServiceAndTheKpisKeepTheirCounts() throws Exception {
        String customerId = registerWithContactsAndAnAnswer();
        List<String> links = SurveyMail.linkTokensMailedTo(EMAIL, 2);
        answer(links.getFirst());
        String openLink = links.get(1);

        JsonPath responseBefore = awaitTheCommentInFeedbackService(customerId);
        List<Object> kpisBefore = awaitTheCommentInKpiService();
        assertThat(evidencePdfText().replaceAll("\\s+", " ")).contains(COMMENT);
        assertThat(kpi(kpisBefore, "csat").get("n")).isEqualTo(1);
        assertThat(kpi(kpisBefore, "fcr").get("n")).as("cases of the two INBOUND openers; the voided one counts nowhere")
                .isEqualTo(2);
        assertThat(kpi(kpisBefore, "response-rate").get("n")).isEqualTo(2);
        RunningSystem.feedbackService(token).get("/api/teams/{team}/directory/{id}", TEAM, customerId)
                .then().statusCode(200).body("displayName", equalTo(NAME));
        RunningSystem.feedbackPage().get("/s/{token}", openLink).then().statusCode(200);

        RunningSystem.customerService(token).delete("/api/teams/{team}/customers/{id}/personal-data", TEAM, customerId)
                .then().statusCode(200).body("customerId", equalTo(customerId)).body("erasedBy", equalTo("alice"));

        assertCustomerServiceExportsMarkersOnly(customerId);
        assertFeedbackServiceForgot(customerId, responseBefore, links);
        await().atMost(PROPAGATION).until(() -> !evidence("json").contains(COMMENT));
        assertThat(new JsonPath(evidence("json")).getList("comments")).isEmpty();
        assertThat(evidencePdfText()).contains("No comments in this period.").doesNotContain(COMMENT, NAME, EMAIL, PHONE);
        for (String table : List.of("series", "kpis", "cases", "responses")) {
            assertThat(evidence("csv", table)).doesNotContain(COMMENT, NAME, EMAIL, PHONE);
        }
        assertThat(kpis()).as("every KPI, with its numerator and n, as before the erasure").isEqualTo(kpisBefore);
    }

    /**
     * A consenting customer with e-mail and phone; case A (an INBOUND complaint, a promise, an OUTBOUND call
     * that resolves it), case B (an INBOUND enquiry resolved at once) and case C (one contact, voided). Each
     * resolution mails an invitation.
     */
    private String registerWithContactsAndAnAnswer() {
        String customerId = created(RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body(Map.of("displayName", NAME, "email", EMAIL, "phone", PHONE, "kind", "EXTERNAL",
                        "needs", "Prefers calls after 5pm", "surveyConsent", true))
                .post("/api/teams/{team}/customers", TEAM));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonPath complaint = contact(customerId, null, now.minus(3, ChronoUnit.HOURS), "INBOUND", "COMPLAINT",
                "FOLLOW_UP_REQUIRED");
        created(RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body(Map.of("promise", PROMISE, "promisedTo", PROMISED_TO,
                        "dueAt", now.plus(1, ChronoUnit.DAYS).toString(), "interactionId", complaint.getString("id")))
                .post("/api/teams/{team}/customers/{id}/follow-ups", TEAM, customerId));
        contact(customerId, complaint.getString("caseId"), now.minus(2, ChronoUnit.HOURS), "OUTBOUND", "FOLLOW_UP",
                "RESOLVED");
        contact(customerId, null, now.minus(1, ChronoUnit.HOURS), "INBOUND", "ENQUIRY", "RESOLVED");
        String mistake = contact(customerId, null, now.minus(30, ChronoUnit.MINUTES), "INBOUND", "OTHER", "INFO_ONLY")
                .getString("id");
        RunningSystem.customerService(token).contentType(ContentType.JSON).body(Map.of("reason", VOID_REASON))
                .post("/api/teams/{team}/interactions/{id}/void", TEAM, mistake).then().statusCode(200);
        return customerId;
    }

    private JsonPath contact(String customerId, String caseId, Instant at, String direction, String category,
            String outcome) {
        Map<String, Object> body = new HashMap<>(Map.of("occurredAt", at.toString(), "channel", "PHONE",
                "direction", direction, "category", category, "outcome", outcome, "summary", SUMMARY,
                "durationMinutes", 7));
        if (caseId != null) {
            body.put("caseId", caseId);
        }
        return RunningSystem.customerService(token).contentType(ContentType.JSON).body(body)
                .post("/api/teams/{team}/customers/{id}/interactions", TEAM, customerId)
                .then().statusCode(201).extract().jsonPath();
    }

    private static void answer(String link) {
        RunningSystem.feedbackPage().contentType(ContentType.URLENC)
                .formParam("csat", "4").formParam("nps", "9").formParam("ces", "6").formParam("empathy", "5")
                .formParam("comment", COMMENT)
                .post("/s/{token}", link).then().statusCode(200);
    }

    private JsonPath awaitTheCommentInFeedbackService(String customerId) {
        return await().atMost(PROPAGATION).until(() -> responsesOf(customerId),
                r -> r.getList("items").size() == 1 && COMMENT.equals(r.getString("items[0].answers.comment")));
    }

    /** The KPIs once kpi-service has the answer, both invitations and the comment. */
    private List<Object> awaitTheCommentInKpiService() {
        await().atMost(PROPAGATION).until(() -> evidence("json").contains(COMMENT)
                && kpi(kpis(), "response-rate").get("n").equals(2) && kpi(kpis(), "csat").get("n").equals(1));
        return kpis();
    }

    private void assertCustomerServiceExportsMarkersOnly(String customerId) {
        String body = RunningSystem.customerService(token)
                .get("/api/teams/{team}/customers/{id}/export", TEAM, customerId)
                .then().statusCode(200).extract().asString();
        JsonPath export = new JsonPath(body);
        assertThat(export.getString("customer.status")).isEqualTo("ERASED");
        assertThat(export.getString("customer.displayName")).isEqualTo(ERASED);
        assertThat(export.getString("customer.needs")).isEqualTo(ERASED);
        assertThat(export.getString("customer.email")).isNull();
        assertThat(export.getString("customer.phone")).isNull();
        assertThat(export.getBoolean("customer.surveyConsent")).isFalse();
        assertThat(export.getList("interactions.summary", String.class)).hasSize(4).containsOnly(ERASED);
        assertThat(export.getList("interactions.voidReason", String.class)).containsOnly(null, ERASED);
        assertThat(export.getList("followUps.promise", String.class)).containsExactly(ERASED);
        assertThat(export.getList("followUps.promisedTo", String.class)).containsExactly(ERASED);
        assertThat(export.getList("interactions.outcome", String.class)).as("the anonymous facts stay")
                .containsExactly("FOLLOW_UP_REQUIRED", "RESOLVED", "RESOLVED", "INFO_ONLY");
        assertThat(export.getList("erasures.erasedBy", String.class)).containsExactly("alice");
        assertThat(body).doesNotContain(NAME, "Erin", EMAIL, PHONE, SUMMARY, PROMISE);
    }

    private void assertFeedbackServiceForgot(String customerId, JsonPath before, List<String> links) {
        await().atMost(PROPAGATION).untilAsserted(() -> RunningSystem.feedbackService(token)
                .get("/api/teams/{team}/directory/{id}", TEAM, customerId).then().statusCode(200)
                .body("erased", equalTo(true)).body("displayName", equalTo(null)).body("surveyConsent", equalTo(false)));
        JsonPath after = responsesOf(customerId);
        assertThat(after.getString("items[0].answers.comment")).isNull();
        Map<String, Object> scores = new HashMap<>(before.getMap("items[0].answers"));
        scores.put("comment", null);
        assertThat(after.getMap("items[0].answers")).as("the anonymous scores stay").isEqualTo(scores);
        assertThat(after.prettify()).doesNotContain(COMMENT, NAME, EMAIL);
        RunningSystem.feedbackService(token).queryParam("customerId", customerId)
                .get("/api/teams/{team}/invitations", TEAM).then().statusCode(200)
                .body("items.status.sort()", equalTo(List.of("ANSWERED", "WITHDRAWN")));
        RunningSystem.feedbackPage().get("/s/{token}", links.get(1))
                .then().statusCode(410).body(containsString("withdrawn"));
        RunningSystem.feedbackPage().get("/s/{token}", links.getFirst()).then().statusCode(410);
        RunningSystem.feedbackPage().contentType(ContentType.URLENC).formParam("csat", "1")
                .post("/s/{token}", links.get(1)).then().statusCode(410);
    }

    private JsonPath responsesOf(String customerId) {
        return RunningSystem.feedbackService(token).queryParam("customerId", customerId)
                .get("/api/teams/{team}/responses", TEAM).then().statusCode(200).extract().jsonPath();
    }

    private List<Object> kpis() {
        return period(RunningSystem.kpiService(token)).get("/api/teams/{team}/kpis", TEAM)
                .then().statusCode(200).extract().jsonPath().getList("kpis");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kpi(List<Object> kpis, String id) {
        return kpis.stream().map(k -> (Map<String, Object>) k).filter(k -> id.equals(k.get("kpi"))).findFirst()
                .orElseThrow();
    }

    /** An evidence export of the two days: {@code csv} with one table. */
    private String evidence(String format, String... table) {
        RequestSpecification request = period(RunningSystem.kpiService(token)).queryParam("format", format);
        if (table.length > 0) {
            request.queryParam("table", table[0]);
        }
        return request.get("/api/teams/{team}/evidence", TEAM).then().statusCode(200).extract().asString();
    }

    /** The text of the evidence PDF of the two days, as the packaged service renders it. */
    private String evidencePdfText() throws Exception {
        byte[] pdf = period(RunningSystem.kpiService(token)).queryParam("format", "pdf")
                .get("/api/teams/{team}/evidence", TEAM).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static RequestSpecification period(RequestSpecification request) {
        return request.queryParam("from", FROM.toString()).queryParam("to", TO.toString());
    }

    private static String created(io.restassured.response.Response response) {
        return response.then().statusCode(201).extract().path("id");
    }
}
