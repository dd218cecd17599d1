package rapport.kpi.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rapport.events.EventType;
import rapport.events.customer.FollowUpCompleted;
import rapport.events.customer.FollowUpPromised;
import rapport.kpi.support.Payloads;
import rapport.kpi.support.Publisher;
import rapport.kpi.support.Rebuilds;
import rapport.testing.TestTokens;

/**
 * KPIs filtered by the customer's kind and value segment (docs/kpi-definitions.md, "Filters"). Five
 * customers, every KPI family, a period P of 20 days ending 20 days ago (every FCR window closed) and
 * the 20 days P' before it:
 * <pre>
 * customer  kind      segment  P' contact  P: cases (FCR)                        minutes  response       invitation  promise due in P
 * X1        EXTERNAL  HIGH     yes         ENQUIRY resolved, PHONE, by bob (yes)  10       CSAT 5, NPS 10 answered    kept
 *                                          REQUEST escalated, EMAIL (no)          -
 * X2        EXTERNAL  LOW      -           ENQUIRY resolved, PHONE (yes)          6        CSAT 2, NPS 3  open        completed late
 *                                          COMPLAINT escalated (no), resolved 10 h later
 * I1        INTERNAL  HIGH     yes         COMPLAINT escalated (no), resolved 30 h later  30  CSAT 4, NPS 8  open        never completed
 * M         EXTERNAL LOW, re-categorised INTERNAL HIGH: its current kind and segment count
 *                              -           ENQUIRY escalated, PHONE (no)          4        -              -           kept
 * L         EXTERNAL  MEDIUM   yes         -                                      -        -              -           -
 * </pre>
 * Retention: A(P') = {X1, I1, L}, A(P) = {X1, X2, I1, M}. Every expected value below is counted from
 * this table by hand.
 */
@QuarkusTest
class CustomerFilterTest {

    private static final String TEAM = "cf-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate P = LocalDate.now(LONDON).minusDays(40);
    private static final LocalDate P_END = P.plusDays(20);

    private static final UUID X1 = UUID.randomUUID();
    private static final UUID X2 = UUID.randomUUID();
    private static final UUID I1 = UUID.randomUUID();
    private static final UUID M = UUID.randomUUID();
    private static final UUID L = UUID.randomUUID();

    private static boolean published;

    /** Once, before the first test: RestAssured points at the service only from then on. */
    @BeforeEach
    void publishTheTable() {
        synchronized (CustomerFilterTest.class) {
            if (!published) {
                publish();
                published = true;
            }
        }
    }

    private static void publish() {
        register(X1, "EXTERNAL", "HIGH");
        register(X2, "EXTERNAL", "LOW");
        register(I1, "INTERNAL", "HIGH");
        register(M, "EXTERNAL", "LOW");
        Publisher.publish(EventType.CUSTOMER_UPDATED, TEAM, M, Payloads.customerUpdated(TEAM, M, "INTERNAL", "HIGH",
                at(P, 8)));
        register(L, "EXTERNAL", "MEDIUM");

        for (UUID customer : List.of(X1, I1, L)) {
            contact(customer, UUID.randomUUID(), UUID.randomUUID(), "ann", at(P.minusDays(10), 10), "PHONE", "OUTBOUND",
                    "FOLLOW_UP", "INFO_ONLY", null);
        }
        UUID x1Enquiry = UUID.randomUUID();
        UUID x1Contact = contact(X1, x1Enquiry, UUID.randomUUID(), "bob", at(P.plusDays(1), 9), "PHONE", "INBOUND",
                "ENQUIRY", "RESOLVED", 10);
        contact(X1, UUID.randomUUID(), UUID.randomUUID(), "ann", at(P.plusDays(2), 9), "EMAIL", "INBOUND", "REQUEST",
                "ESCALATED", null);
        UUID x2Enquiry = UUID.randomUUID();
        UUID x2Contact = contact(X2, x2Enquiry, UUID.randomUUID(), "ann", at(P.plusDays(1), 11), "PHONE", "INBOUND",
                "ENQUIRY", "RESOLVED", 6);
        UUID x2Complaint = UUID.randomUUID();
        contact(X2, x2Complaint, UUID.randomUUID(), "ann", at(P.plusDays(3), 9), "PHONE", "INBOUND", "COMPLAINT",
                "ESCALATED", null);
        contact(X2, x2Complaint, UUID.randomUUID(), "ann", at(P.plusDays(3), 19), "PHONE", "OUTBOUND", "COMPLAINT",
                "RESOLVED", null);
        UUID i1Complaint = UUID.randomUUID();
        UUID i1Contact = contact(I1, i1Complaint, UUID.randomUUID(), "ann", at(P.plusDays(4), 9), "PHONE", "INBOUND",
                "COMPLAINT", "ESCALATED", 30);
        contact(I1, i1Complaint, UUID.randomUUID(), "ann", at(P.plusDays(5), 15), "PHONE", "OUTBOUND", "COMPLAINT",
                "RESOLVED", null);
        UUID mCase = UUID.randomUUID();
        UUID mContact = contact(M, mCase, UUID.randomUUID(), "ann", at(P.plusDays(2), 14), "PHONE", "INBOUND", "ENQUIRY",
                "ESCALATED", 4);

        UUID x1Invitation = UUID.randomUUID();
        invite(X1, x1Invitation, x1Enquiry);
        invite(X2, UUID.randomUUID(), x2Enquiry);
        invite(I1, UUID.randomUUID(), i1Complaint);
        answer(X1, x1Invitation, x1Enquiry, 5, 10);
        answer(X2, null, x2Enquiry, 2, 3);
        answer(I1, null, i1Complaint, 4, 8);

        promise(X1, x1Contact, x1Enquiry, at(P.plusDays(6), 9));
        promise(X2, x2Contact, x2Enquiry, at(P.plusDays(7), 9));
        promise(I1, i1Contact, i1Complaint, null);
        // last of all, on M's key: once it counts, M's re-categorisation (earlier on the same key) has been applied
        promise(M, mContact, mCase, at(P.plusDays(5), 9));
        await().atMost(Duration.ofSeconds(60)).until(() -> n(kpis(""), "fcr") == 6 && n(kpis(""), "aht") == 4
                && n(kpis(""), "csat") == 3 && n(kpis(""), "response-rate") == 3 && n(kpis(""), "retention") == 3
                && n(kpis(""), "complaint-median-hours") == 2 && numerator(kpis(""), "promise-keeping") == 2);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "                                      | fcr                    | 33.333 | 6",
        "customerKind=EXTERNAL                 | fcr                    | 50     | 4",
        "customerKind=EXTERNAL&valueSegment=   | fcr                    | 50     | 4",
        "customerKind=INTERNAL                 | fcr                    | 0      | 2",
        "valueSegment=HIGH                     | fcr                    | 25     | 4",
        "valueSegment=LOW                      | fcr                    | 50     | 2",
        "valueSegment=MEDIUM                   | fcr                    | null   | 0",
        "customerKind=EXTERNAL&valueSegment=HIGH | fcr                  | 50     | 2",
        "customerKind=EXTERNAL&channel=PHONE   | fcr                    | 66.667 | 3",
        "customerKind=EXTERNAL&agent=bob       | fcr                    | 100    | 1",
        "valueSegment=HIGH&category=COMPLAINT  | fcr                    | 0      | 1",
        "                                      | complaint-median-hours | 20     | 2",
        "customerKind=EXTERNAL                 | complaint-median-hours | 10     | 1",
        "valueSegment=HIGH                     | complaint-median-hours | 30     | 1",
        "customerKind=EXTERNAL&valueSegment=HIGH | complaint-median-hours | null | 0",
        "                                      | retention              | 66.667 | 3",
        "customerKind=EXTERNAL                 | retention              | 50     | 2",
        "customerKind=INTERNAL                 | retention              | 100    | 1",
        "valueSegment=HIGH                     | retention              | 100    | 2",
        "valueSegment=MEDIUM                   | retention              | 0      | 1",
        "valueSegment=LOW                      | retention              | null   | 0",
        "customerKind=EXTERNAL&channel=EMAIL   | retention              | null   | 0",
        "customerKind=EXTERNAL                 | crr                    | 50     | 2",
        "                                      | aht                    | 12.5   | 4",
        "customerKind=EXTERNAL                 | aht                    | 8      | 2",
        "customerKind=INTERNAL                 | aht                    | 17     | 2",
        "valueSegment=HIGH                     | aht                    | 14.667 | 3",
        "valueSegment=LOW&channel=PHONE        | aht                    | 6      | 1",
        "                                      | csat                   | 66.667 | 3",
        "customerKind=EXTERNAL                 | csat                   | 50     | 2",
        "customerKind=INTERNAL                 | csat                   | 100    | 1",
        "valueSegment=LOW                      | csat                   | 0      | 1",
        "valueSegment=HIGH                     | nps                    | 50     | 2",
        "valueSegment=LOW                      | nps                    | -100   | 1",
        "customerKind=EXTERNAL&valueSegment=HIGH | nps                  | 100    | 1",
        "                                      | response-rate          | 33.333 | 3",
        "customerKind=EXTERNAL                 | response-rate          | 50     | 2",
        "customerKind=INTERNAL                 | response-rate          | 0      | 1",
        "valueSegment=HIGH                     | response-rate          | 50     | 2",
        "                                      | promise-keeping        | 50     | 4",
        "customerKind=EXTERNAL                 | promise-keeping        | 50     | 2",
        "valueSegment=HIGH                     | promise-keeping        | 66.667 | 3",
        "valueSegment=LOW                      | promise-keeping        | 0      | 1",
        "customerKind=EXTERNAL&valueSegment=HIGH | promise-keeping      | 100    | 1"})
    void eachKpiFamilyCountsOnlyTheFactsOfCustomersOfTheFilteredKindAndSegment(String filter, String kpi,
            Double value, long n) {
        Map<String, Object> result = kpi(kpis(filter == null ? "" : filter), kpi);

        assertThat(((Number) result.get("n")).longValue()).as("n").isEqualTo(n);
        if (value == null) {
            assertThat(result.get("value")).isNull();
        } else {
            assertThat(((Number) result.get("value")).doubleValue()).isCloseTo(value, within(0.001));
        }
    }

    @Test
    void theReportAndTheSeriesSayWhichCustomersTheyCount() {
        given().auth().oauth2(assessor()).queryParam("from", P.toString()).queryParam("to", P_END.toString())
                .queryParam("customerKind", "internal").queryParam("valueSegment", "HIGH")
                .get("/api/teams/{team}/kpis", TEAM).then().statusCode(200)
                .body("filter.customerKind", org.hamcrest.Matchers.equalTo("INTERNAL"))
                .body("filter.valueSegment", org.hamcrest.Matchers.equalTo("HIGH"));
        List<Integer> n = given().auth().oauth2(assessor()).queryParam("from", P.toString())
                .queryParam("to", P_END.toString()).queryParam("bucket", "day").queryParam("customerKind", "EXTERNAL")
                .get("/api/teams/{team}/kpis/fcr/series", TEAM).then().statusCode(200).extract().path("points.result.n");
        // X1's two cases on days 1 and 2, X2's on days 1 and 3 (M is internal now)
        assertThat(n.subList(0, 5)).containsExactly(0, 2, 1, 1, 0);
    }

    @Test
    void theEvidencePackIsFilteredTheSameWay() {
        var json = given().auth().oauth2(assessor()).queryParam("from", P.toString()).queryParam("to", P_END.toString())
                .queryParam("format", "json").queryParam("valueSegment", "LOW")
                .get("/api/teams/{team}/evidence", TEAM).then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("valueSegment")).isEqualTo("LOW");
        assertThat(json.getInt("kpis.find { it.kpi == 'fcr' }.n")).isEqualTo(2);
        String cases = given().auth().oauth2(assessor()).queryParam("from", P.toString())
                .queryParam("to", P_END.toString()).queryParam("format", "csv").queryParam("table", "cases")
                .queryParam("valueSegment", "LOW").get("/api/teams/{team}/evidence", TEAM).then().statusCode(200)
                .extract().asString();
        // X2's enquiry and complaint only
        assertThat(cases.lines().skip(1)).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/kpis              | customerKind=ALIEN   | customerKind",
        "/kpis              | valueSegment=GOLD    | valueSegment",
        "/kpis/fcr/series   | customerKind=PARTNER | customerKind",
        "/kpis/fcr/series   | valueSegment=%20     | valueSegment",
        "/evidence          | valueSegment=TOP     | valueSegment"})
    void unknownCustomerKindsAndSegmentsAreRefusedNamingTheParameter(String path, String query, String field) {
        given().auth().oauth2(assessor()).get("/api/teams/" + TEAM + path + "?from=" + P + "&to=" + P_END
                + "&bucket=week&format=json&" + query).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void aRebuildGivesTheSameFilteredKpis() {
        List<String> filters = List.of("customerKind=EXTERNAL", "customerKind=INTERNAL", "valueSegment=HIGH",
                "valueSegment=LOW", "valueSegment=MEDIUM", "customerKind=INTERNAL&valueSegment=HIGH&channel=PHONE");
        List<List<Map<String, Object>>> before = filters.stream().map(CustomerFilterTest::kpis).toList();

        Rebuilds.rebuildAndWait();

        assertThat(filters.stream().map(CustomerFilterTest::kpis).toList()).isEqualTo(before);
        // and M is still counted with its current kind, not the one it was registered with
        assertThat(n(kpis("customerKind=INTERNAL"), "fcr")).isEqualTo(2);
    }

    private static void register(UUID customer, String kind, String segment) {
        Publisher.publish(EventType.CUSTOMER_REGISTERED, TEAM, customer, Payloads.customer(TEAM, customer, kind, segment,
                at(P.minusDays(30), 8)));
    }

    private static UUID contact(UUID customer, UUID caseId, UUID interaction, String agent, Instant at, String channel,
            String direction, String category, String outcome, Integer minutes) {
        Publisher.publish(EventType.INTERACTION_LOGGED, TEAM, customer, Payloads.interaction(TEAM, customer,
                interaction, caseId, agent, at, at.plusSeconds(60), channel, direction, category, outcome, minutes));
        return interaction;
    }

    private static void invite(UUID customer, UUID invitation, UUID caseId) {
        Publisher.publish(EventType.INVITATION_SENT, TEAM, customer, Payloads.invitation(TEAM, customer, invitation,
                caseId, "ann", "EMAIL", at(P.plusDays(6), 10)));
    }

    private static void answer(UUID customer, UUID invitation, UUID caseId, int csat, int nps) {
        Publisher.publish(EventType.FEEDBACK_SUBMITTED, TEAM, customer, Payloads.feedback(TEAM, customer, invitation,
                caseId, "ann", "EMAIL", at(P.plusDays(7), 10), csat, nps, null, null));
    }

    /** A promise made at 10:00 on day 4, due at 09:00 on day 6, completed at {@code completedAt} (null: never). */
    private static void promise(UUID customer, UUID interaction, UUID caseId, Instant completedAt) {
        UUID id = UUID.randomUUID();
        Publisher.publish(EventType.FOLLOWUP_PROMISED, TEAM, customer, new FollowUpPromised(id, customer, TEAM,
                interaction, caseId, "ann", at(P.plusDays(4), 10), at(P.plusDays(6), 9)));
        if (completedAt != null) {
            Publisher.publish(EventType.FOLLOWUP_COMPLETED, TEAM, customer, new FollowUpCompleted(id, customer, TEAM,
                    "ann", completedAt));
        }
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(LONDON).toInstant();
    }

    private static List<Map<String, Object>> kpis(String filter) {
        return given().auth().oauth2(assessor()).get("/api/teams/" + TEAM + "/kpis?from=" + P + "&to=" + P_END + "&"
                + filter).then().statusCode(200).extract().path("kpis");
    }

    private static Map<String, Object> kpi(List<Map<String, Object>> kpis, String id) {
        return kpis.stream().filter(k -> id.equals(k.get("kpi"))).findFirst().orElseThrow();
    }

    private static long n(List<Map<String, Object>> kpis, String id) {
        return ((Number) kpi(kpis, id).get("n")).longValue();
    }

    private static long numerator(List<Map<String, Object>> kpis, String id) {
        Object numerator = kpi(kpis, id).get("numerator");
        return numerator == null ? -1 : ((Number) numerator).longValue();
    }

    private static String assessor() {
        return TestTokens.assessor(TEAM).mint();
    }
}
