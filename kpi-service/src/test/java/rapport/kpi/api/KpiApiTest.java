package rapport.kpi.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rapport.testing.TestTokens;

/** The KPI API's contract: empty periods give null rates, buckets are ISO weeks, bad input is a 400 naming the field. */
@QuarkusTest
class KpiApiTest {

    private static final String TEAM = "api-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aPeriodWithNoDataGivesEveryKpiWithNullValueAndNZero() {
        given().auth().oauth2(agent()).queryParam("from", "2026-01-01").queryParam("to", "2026-04-01")
                .get("/api/teams/{team}/kpis", TEAM)
                .then().statusCode(200)
                .body("kpis", hasSize(22))
                .body("kpis.find { it.kpi == 'fcr' }.value", nullValue())
                .body("kpis.find { it.kpi == 'fcr' }.n", equalTo(0))
                .body("kpis.find { it.kpi == 'fcr' }.definition", equalTo("fcr/v1"))
                .body("kpis.find { it.kpi == 'nps' }.value", nullValue())
                .body("timeZone", equalTo("Europe/London"))
                .body("repeatWindowDays", equalTo(7));
    }

    @Test
    void weeklySeriesHasOneIsoWeekPerPoint() {
        given().auth().oauth2(agent()).queryParam("from", "2026-03-04").queryParam("to", "2026-03-18")
                .queryParam("bucket", "week").get("/api/teams/{team}/kpis/{kpi}/series", TEAM, "csat")
                .then().statusCode(200)
                .body("points.from", equalTo(List.of("2026-03-02", "2026-03-09", "2026-03-16")))
                .body("definition", equalTo("csat/v1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "from after to               | /kpis               | from=2026-03-02&to=2026-03-01                 | from",
        "missing from                | /kpis               | to=2026-03-01                                 | from",
        "malformed to                | /kpis               | from=2026-03-01&to=01/04/2026                 | to",
        "longer than the maximum     | /kpis               | from=2020-01-01&to=2026-01-01                 | to",
        "unknown channel             | /kpis               | from=2026-03-01&to=2026-04-01&channel=PIGEON  | channel",
        "unknown category            | /kpis               | from=2026-03-01&to=2026-04-01&category=X      | category",
        "unknown KPI                 | /kpis/fcx/series    | from=2026-03-01&to=2026-04-01&bucket=week     | kpi",
        "unknown bucket              | /kpis/fcr/series    | from=2026-03-01&to=2026-04-01&bucket=year     | bucket",
        "missing bucket              | /kpis/fcr/series    | from=2026-03-01&to=2026-04-01                 | bucket",
        "evidence format             | /evidence           | from=2026-03-01&to=2026-04-01&format=docx     | format"})
    void badInputIsAProblemNamingTheField(String name, String path, String query, String field) {
        given().auth().oauth2(agent()).get("/api/teams/" + TEAM + path + "?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void settingsChangeTheKpiParametersAndBadSettingsAreRefused() {
        String team = TEAM + "-s";
        var settings = Map.of("repeatWindowDays", 14, "complaintTargetHours", 48, "timeZone", "Europe/Dublin",
                "maxPeriodDays", 100, "assessmentCriteria", List.of("Reviews and improves service using KPIs"));
        given().auth().oauth2(TestTokens.agent(team).mint()).contentType(ContentType.JSON).body(settings)
                .put("/api/teams/{team}/settings", team).then().statusCode(200).body("customised", equalTo(true));
        given().auth().oauth2(TestTokens.agent(team).mint()).queryParam("from", "2026-01-01").queryParam("to", "2026-02-01")
                .get("/api/teams/{team}/kpis", team).then().statusCode(200)
                .body("repeatWindowDays", equalTo(14)).body("complaintTargetHours", equalTo(48))
                .body("timeZone", equalTo("Europe/Dublin"));
        // the new maximum period applies
        given().auth().oauth2(TestTokens.agent(team).mint()).queryParam("from", "2026-01-01").queryParam("to", "2026-06-01")
                .get("/api/teams/{team}/kpis", team).then().statusCode(400).body("errors.field", hasItem("to"));
        given().auth().oauth2(TestTokens.agent(team).mint()).contentType(ContentType.JSON)
                .body(Map.of("repeatWindowDays", 0, "complaintTargetHours", 48, "timeZone", "Mars/Olympus",
                        "maxPeriodDays", 100, "assessmentCriteria", List.of("x")))
                .put("/api/teams/{team}/settings", team).then().statusCode(400)
                .body("errors.field", hasItem("repeatWindowDays"));
        given().auth().oauth2(TestTokens.agent(team).mint()).contentType(ContentType.JSON)
                .body(Map.of("repeatWindowDays", 7, "complaintTargetHours", 48, "timeZone", "Mars/Olympus",
                        "maxPeriodDays", 100, "assessmentCriteria", List.of("x")))
                .put("/api/teams/{team}/settings", team).then().statusCode(400)
                .body("errors.field", hasItem("timeZone"));
        given().auth().oauth2(TestTokens.assessor(team).mint()).contentType(ContentType.JSON).body(settings)
                .put("/api/teams/{team}/settings", team).then().statusCode(403);
    }

    private static String agent() {
        return TestTokens.agent(TEAM).mint();
    }
}
