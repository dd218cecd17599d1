package rapport.kpi.scenario;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static rapport.kpi.expected.KpiReportCheck.assertMatches;
import static rapport.kpi.expected.KpiReportCheck.kpi;

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
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rapport.kpi.expected.ExpectedKpis;
import rapport.kpi.support.Publisher;
import rapport.kpi.support.Rebuilds;
import rapport.testing.TestTokens;

/**
 * The "done when": a seeded-random month of a team's contacts and feedback goes through the
 * real broker as contract-valid events, and every KPI the API reports equals what {@link ExpectedKpis}
 * computes from the same month by the spec's text. A duplicate delivery never changes a KPI, and a
 * rebuild of the read model gives identical KPIs.
 */
@QuarkusTest
class MonthScenarioTest {

    private static final String TEAM = "month-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate FROM = LocalDate.now(LONDON).minusMonths(2).withDayOfMonth(1);
    private static final long SEED = 20261123L;
    private static RandomMonth month;
    private static List<Publisher.Sent> events;

    @BeforeAll
    static void publishTheMonth() {
        month = new RandomMonth(SEED, FROM, LONDON, 160);
        events = MonthEvents.of(month.history, TEAM);
        Publisher.sendAll(events);
    }

    @Test
    void everyKpiMatchesTheIndependentComputationAndSurvivesDuplicatesAndARebuild() throws Exception {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertMatches(kpis(null), expected(null)));
        JsonPath agreed = kpis(null);
        assertRealisticAmounts(agreed);
        assertMatches(kpis("bob"), expected("bob"), "fcr", "aht", "csat", "nps",
                "response-rate", "promise-keeping", "complaint-median-hours", "retention", "churn", "crr");

        double duplicatesBefore = duplicatesSeen();
        List<Publisher.Sent> again = new ArrayList<>(events);
        Collections.shuffle(again, new Random(SEED));
        Publisher.sendAll(again.subList(0, 40));
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicatesSeen() >= duplicatesBefore + 40);
        assertThat(kpis(null).getList("kpis")).isEqualTo(agreed.getList("kpis"));

        Rebuilds.rebuildAndWait();
        assertThat(kpis(null).getList("kpis")).isEqualTo(agreed.getList("kpis"));
        assertMatches(kpis(null), expected(null));

        assertThePdfShowsTheFcr(agreed);
    }

    /** The month's KPIs as {@link ExpectedKpis} computes them now, for the team or one agent. */
    private static ExpectedKpis expected(String agent) {
        return new ExpectedKpis(month.history, month.from, month.to, month.zone, Instant.now(), agent);
    }

    private static void assertRealisticAmounts(JsonPath report) {
        assertThat(kpi(report, "fcr").getLong("n")).as("a realistic month has enough cases").isGreaterThan(60);
        for (String id : List.of("nps", "csat", "ces", "rater-empathy", "response-rate", "complaint-median-hours",
                "promise-keeping", "aht", "retention")) {
            assertThat(kpi(report, id).getLong("n")).as(id + " is computed from real data").isGreaterThan(5);
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

    private static double duplicatesSeen() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("rapport_consumer_events_total") && l.contains("duplicate"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
