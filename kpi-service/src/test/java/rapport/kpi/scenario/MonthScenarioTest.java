package rapport.kpi.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rapport.kpi.support.Publisher;
import rapport.kpi.support.Rebuilds;
import rapport.testing.TestTokens;

/**
 * The "done when": a seeded-random month of a team's contacts and feedback goes through the
 * real broker as contract-valid events, and every KPI the API reports equals what {@link Expected}
 * computes from the same month by the spec's text. A duplicate delivery never changes a KPI, and a
 * rebuild of the read model gives identical KPIs.
 */
@QuarkusTest
class MonthScenarioTest {

    private static final String TEAM = "month-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate FROM = LocalDate.now(LONDON).minusMonths(2).withDayOfMonth(1);
    private static final long SEED = 20261123L;
    private static Month month;
    private static List<Publisher.Sent> events;

    @BeforeAll
    static void publishTheMonth() {
        month = new Month(SEED, FROM, LONDON, 160);
        events = MonthEvents.of(month, TEAM);
        Publisher.sendAll(events);
    }

    @Test
    void everyKpiMatchesTheIndependentComputationAndSurvivesDuplicatesAndARebuild() throws Exception {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertMatches(kpis(null), new Expected(month, Instant.now(), null)));
        JsonPath agreed = kpis(null);
        assertMatches(kpis("bob"), new Expected(month, Instant.now(), "bob"), "fcr", "aht", "csat", "nps",
                "response-rate", "promise-keeping", "complaint-median-hours", "retention", "churn", "crr");

        double duplicatesBefore = duplicatesSeen();
        List<Publisher.Sent> again = new ArrayList<>(events);
        Collections.shuffle(again, new Random(SEED));
        Publisher.sendAll(again.subList(0, 40));
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicatesSeen() >= duplicatesBefore + 40);
        assertThat(kpis(null).getList("kpis")).isEqualTo(agreed.getList("kpis"));

        Rebuilds.rebuildAndWait();
        assertThat(kpis(null).getList("kpis")).isEqualTo(agreed.getList("kpis"));
        assertMatches(kpis(null), new Expected(month, Instant.now(), null));

        assertThePdfShowsTheFcr(agreed);
    }

    private static void assertMatches(JsonPath report, Expected expected, String... only) {
        List<String> kpis = List.of(only);
        check(report, kpis, "fcr", expected.fcr());
        List<Expected.Value> retention = expected.retention();
        check(report, kpis, "retention", retention.get(0));
        check(report, kpis, "churn", retention.get(1));
        check(report, kpis, "crr", retention.get(2));
        check(report, kpis, "nps", expected.nps());
        check(report, kpis, "csat", expected.csat());
        check(report, kpis, "csat-mean", expected.mean(Month.Response::csat));
        check(report, kpis, "ces", expected.mean(Month.Response::ces));
        check(report, kpis, "ces-easy", expected.cesEasy());
        String[] rater = { "rater-reliability", "rater-assurance", "rater-tangibles", "rater-empathy",
            "rater-responsiveness" };
        for (int i = 0; i < rater.length; i++) {
            int dimension = i;
            check(report, kpis, rater[i], expected.mean(r -> r.rater()[dimension]));
        }
        check(report, kpis, "response-rate", expected.responseRate());
        List<Expected.Value> complaints = expected.complaints();
        check(report, kpis, "complaint-median-hours", complaints.get(0));
        check(report, kpis, "complaint-p90-hours", complaints.get(1));
        check(report, kpis, "complaint-within-target", complaints.get(2));
        check(report, kpis, "complaint-all-steps", complaints.get(3));
        check(report, kpis, "promise-keeping", expected.promiseKeeping());
        check(report, kpis, "aht", expected.aht());
        if (kpis.isEmpty()) {
            assertThat(kpi(report, "crr").getLong("details.newCustomers")).isEqualTo((long) retention.get(3).numerator());
            assertThat(kpi(report, "nps").getDouble("details.marginOfError")).isCloseTo(expected.npsMargin(),
                    within(1e-9));
            double[] wilson = expected.csatWilson();
            assertThat(kpi(report, "csat").getDouble("interval.lower")).isCloseTo(wilson[0], within(1e-9));
            assertThat(kpi(report, "csat").getDouble("interval.upper")).isCloseTo(wilson[1], within(1e-9));
            assertThat(kpi(report, "fcr").getLong("n")).as("a realistic month has enough cases").isGreaterThan(60);
            for (String id : List.of("nps", "csat", "ces", "rater-empathy", "response-rate", "complaint-median-hours",
                    "promise-keeping", "aht", "retention")) {
                assertThat(kpi(report, id).getLong("n")).as(id + " is computed from real data").isGreaterThan(5);
            }
        }
    }

    private static void check(JsonPath report, List<String> only, String id, Expected.Value expected) {
        if (!only.isEmpty() && !only.contains(id)) {
            return;
        }
        JsonPath kpi = kpi(report, id);
        assertThat(kpi.getLong("n")).as(id + " n").isEqualTo(expected.n());
        if (expected.value() == null) {
            assertThat(kpi.getString("value")).as(id + " value").isNull();
            return;
        }
        assertThat(kpi.getDouble("value")).as(id + " value").isCloseTo(expected.value(), within(1e-9));
        if (!id.startsWith("complaint-median") && !id.startsWith("complaint-p90")) {
            assertThat(kpi.getDouble("numerator")).as(id + " numerator").isCloseTo(expected.numerator(), within(1e-9));
        }
    }

    private static void assertThePdfShowsTheFcr(JsonPath agreed) throws Exception {
        byte[] pdf = given().auth().oauth2(TestTokens.assessor(TEAM).mint()).queryParam("from", FROM.toString())
                .queryParam("to", FROM.plusMonths(1).toString()).queryParam("format", "pdf")
                .get("/api/teams/{team}/evidence", TEAM).then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            JsonPath fcr = kpi(agreed, "fcr");
            assertThat(text).contains(String.format(java.util.Locale.UK, "First contact resolution %.0f %% %d",
                    fcr.getDouble("value"), fcr.getLong("n")));
        }
    }

    private static JsonPath kpis(String agent) {
        var request = given().auth().oauth2(TestTokens.agent(TEAM).mint()).queryParam("from", FROM.toString())
                .queryParam("to", FROM.plusMonths(1).toString());
        if (agent != null) {
            request.queryParam("agent", agent);
        }
        return request.get("/api/teams/{team}/kpis", TEAM).then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static JsonPath kpi(JsonPath report, String id) {
        Map<String, Object> found = report.getMap("kpis.find { it.kpi == '" + id + "' }");
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(found).toString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static double duplicatesSeen() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("rapport_consumer_events_total") && l.contains("duplicate"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
