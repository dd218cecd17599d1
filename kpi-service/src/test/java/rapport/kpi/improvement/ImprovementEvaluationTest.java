package rapport.kpi.improvement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rapport.events.EventType;
import rapport.kpi.support.Payloads;
import rapport.kpi.support.Publisher;
import rapport.testing.TestEvents;
import rapport.testing.TestTokens;

/**
 * An improvement action targeting FCR: 45 of 100 cases resolved first time in the baseline window,
 * 60 of 100 in the evaluation window. Reference (statsmodels 0.13.5, see StatisticsTest): difference
 * 0.15, unpooled 95 % interval (0.0131529622137, 0.286847037786), pooled z 2.12397697621, p =
 * 0.0336720688563: a significant improvement.
 */
@QuarkusTest
class ImprovementEvaluationTest {

    private static final String TEAM = "imp-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate IN_PLACE = LocalDate.now(LONDON).minusDays(30);

    @BeforeAll
    static void publishTwoWindowsOfCases() {
        List<Publisher.Sent> events = new ArrayList<>();
        addCases(events, IN_PLACE.minusDays(20), 45, 100);
        addCases(events, IN_PLACE.plusDays(10), 60, 100);
        Publisher.sendAll(events);
    }

    /** {@code total} one-contact cases of different customers on {@code day}, {@code resolved} of them resolved. */
    private static void addCases(List<Publisher.Sent> events, LocalDate day, int resolved, int total) {
        for (int i = 0; i < total; i++) {
            UUID customer = UUID.randomUUID();
            var at = day.atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant().plusSeconds(60L * i);
            var payload = Payloads.interaction(TEAM, customer, UUID.randomUUID(), UUID.randomUUID(), "ann", at,
                    at.plusSeconds(30), "PHONE", "INBOUND", "ENQUIRY", i < resolved ? "RESOLVED" : "FOLLOW_UP_REQUIRED",
                    10);
            events.add(new Publisher.Sent(EventType.INTERACTION_LOGGED, customer,
                    TestEvents.cloudEvent(EventType.INTERACTION_LOGGED, TEAM, customer, payload)));
        }
    }

    @Test
    void anFcrRiseFrom45To60PercentOf100IsASignificantImprovement() {
        String location = given().auth().oauth2(agent()).contentType(ContentType.JSON)
                .body(Map.of("title", "Call-back checklist", "description", "Repeat calls about deliveries",
                        "targetKpi", "fcr", "expectedDirection", "UP", "dateInPlace", IN_PLACE.toString()))
                .post("/api/teams/{team}/improvements", TEAM)
                .then().statusCode(201)
                .body("baseline.from", equalTo(IN_PLACE.minusDays(28).toString()))
                .body("evaluation.to", equalTo(IN_PLACE.plusDays(28).toString()))
                .extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(evaluation(location)
                .getInt("evaluation.result.n")).isEqualTo(100));
        JsonPath evaluation = evaluation(location);
        assertThat(evaluation.getInt("baseline.result.n")).isEqualTo(100);
        assertThat(evaluation.getInt("baseline.result.numerator")).isEqualTo(45);
        assertThat(evaluation.getInt("evaluation.result.numerator")).isEqualTo(60);
        assertThat(evaluation.getDouble("difference")).isCloseTo(15.0, within(1e-9));
        assertThat(evaluation.getDouble("interval.lower")).isCloseTo(1.31529622137, within(1e-8));
        assertThat(evaluation.getDouble("interval.upper")).isCloseTo(28.6847037786, within(1e-8));
        assertThat(evaluation.getDouble("statistic")).isCloseTo(2.12397697621, within(1e-9));
        assertThat(evaluation.getDouble("pValue")).isCloseTo(0.0336720688563, within(1e-11));
        assertThat(evaluation.getString("test")).isEqualTo("TWO_PROPORTIONS");
        assertThat(evaluation.getString("verdict")).isEqualTo("IMPROVED");
        assertThat(evaluation.getString("summary"))
                .isEqualTo("FCR rose from 45 % (n=100) to 60 % (n=100); p = 0.034: a significant improvement.");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheFirstAction() {
        var body = Map.of("title", "Greeting script", "description", "CSAT comments", "targetKpi", "csat",
                "expectedDirection", "UP", "dateInPlace", IN_PLACE.toString());
        String first = given().auth().oauth2(agent()).contentType(ContentType.JSON).header("Idempotency-Key", "k-1")
                .body(body).post("/api/teams/{team}/improvements", TEAM).then().statusCode(201).extract().path("id");
        given().auth().oauth2(agent()).contentType(ContentType.JSON).header("Idempotency-Key", "k-1").body(body)
                .post("/api/teams/{team}/improvements", TEAM).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(TestTokens.assessor(TEAM).mint()).get("/api/teams/{team}/improvements", TEAM)
                .then().statusCode(200).body("items.id", hasItem(first));
    }

    @Test
    void theSameIdempotencyKeyWithAChangedBodyIs422AndAnOverlongKeyIs400() {
        var body = new java.util.HashMap<String, Object>(Map.of("title", "Callback checklist", "description", "FCR",
                "targetKpi", "fcr", "expectedDirection", "UP", "dateInPlace", IN_PLACE.toString()));
        given().auth().oauth2(agent()).contentType(ContentType.JSON).header("Idempotency-Key", "k-changed")
                .body(body).post("/api/teams/{team}/improvements", TEAM).then().statusCode(201);
        body.put("title", "Another title");
        given().auth().oauth2(agent()).contentType(ContentType.JSON).header("Idempotency-Key", "k-changed")
                .body(body).post("/api/teams/{team}/improvements", TEAM).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/idempotency-key-reused"));
        given().auth().oauth2(agent()).contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(201))
                .body(body).post("/api/teams/{team}/improvements", TEAM).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        given().auth().oauth2(TestTokens.assessor(TEAM).mint()).get("/api/teams/{team}/improvements", TEAM)
                .then().statusCode(200).body("items.title", org.hamcrest.Matchers.not(hasItem("Another title")));
    }

    @Test
    void theListIsOnePageOfTheSharedShapeNewestDateInPlaceFirst() {
        String team = "imp-list-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.agent(team).mint();
        for (LocalDate inPlace : List.of(IN_PLACE, IN_PLACE.plusDays(1))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("title", "Action " + inPlace,
                    "description", "d", "targetKpi", "fcr", "expectedDirection", "UP", "dateInPlace", inPlace.toString()))
                    .post("/api/teams/{team}/improvements", team).then().statusCode(201);
        }
        given().auth().oauth2(token).queryParam("size", 1).get("/api/teams/{team}/improvements", team)
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(1))
                .body("totalItems", equalTo(2)).body("items.title", equalTo(List.of("Action " + IN_PLACE.plusDays(1))));
        given().auth().oauth2(token).queryParam("page", 1).queryParam("size", 1)
                .get("/api/teams/{team}/improvements", team)
                .then().statusCode(200).body("items.title", equalTo(List.of("Action " + IN_PLACE)));
        given().auth().oauth2(token).queryParam("size", 101).get("/api/teams/{team}/improvements", team)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("size"));
        given().auth().oauth2(token).queryParam("page", -1).get("/api/teams/{team}/improvements", team)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("page"));
    }

    @Test
    void badImprovementActionsAreRefusedWithTheFieldNamed() {
        var today = LocalDate.now(LONDON);
        refused(Map.of("title", "x", "description", "y", "targetKpi", "fcx", "expectedDirection", "UP",
                "dateInPlace", today.toString()), 400, "targetKpi");
        refused(Map.of("title", "x", "description", "y", "targetKpi", "complaint-median-hours",
                "expectedDirection", "DOWN", "dateInPlace", today.toString()), 400, "targetKpi");
        refused(Map.of("title", "x", "description", "y", "targetKpi", "fcr", "expectedDirection", "UP",
                "dateInPlace", today.plusDays(1).toString()), 400, "dateInPlace");
        refused(Map.of("title", "x", "description", "y", "targetKpi", "fcr", "expectedDirection", "UP",
                "dateInPlace", today.toString(), "baselineTo", today.plusDays(3).toString()), 400, "baselineTo");
        refused(Map.of("description", "y", "targetKpi", "fcr", "expectedDirection", "UP",
                "dateInPlace", today.toString()), 400, "title");
        given().auth().oauth2(agent()).contentType(ContentType.JSON).body(Map.of("title", "x", "description", "y",
                "targetKpi", "fcr", "expectedDirection", "SIDEWAYS", "dateInPlace", today.toString()))
                .post("/api/teams/{team}/improvements", TEAM).then().statusCode(400);
        // someone else's team, and an assessor who may only read
        given().auth().oauth2(TestTokens.agent("other-team").mint()).contentType(ContentType.JSON)
                .body(Map.of("title", "x")).post("/api/teams/{team}/improvements", TEAM).then().statusCode(403);
        given().auth().oauth2(TestTokens.assessor(TEAM).mint()).contentType(ContentType.JSON)
                .body(Map.of("title", "x")).post("/api/teams/{team}/improvements", TEAM).then().statusCode(403);
        given().auth().oauth2(agent()).get("/api/teams/{team}/improvements/{id}", TEAM, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anEvaluationWindowThatHasNotStartedIsUnprocessableAndAnOpenOneIsInProgress() {
        var today = LocalDate.now(LONDON);
        String future = given().auth().oauth2(agent()).contentType(ContentType.JSON).body(Map.of("title", "x",
                "description", "y", "targetKpi", "nps", "expectedDirection", "UP", "dateInPlace", today.toString(),
                "evaluationFrom", today.plusDays(5).toString())).post("/api/teams/{team}/improvements", TEAM)
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(agent()).get(future + "/evaluation").then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(
                        "https://rapport.dev/problems/evaluation-window-in-future"));
        String open = given().auth().oauth2(agent()).contentType(ContentType.JSON).body(Map.of("title", "x",
                "description", "y", "targetKpi", "aht", "expectedDirection", "DOWN", "dateInPlace", today.toString()))
                .post("/api/teams/{team}/improvements", TEAM).then().statusCode(201).extract().header("Location");
        given().auth().oauth2(agent()).get(open + "/evaluation").then().statusCode(200)
                .body("verdict", equalTo("IN_PROGRESS"));
    }

    private static void refused(Map<String, String> body, int status, String field) {
        given().auth().oauth2(agent()).contentType(ContentType.JSON).body(body)
                .post("/api/teams/{team}/improvements", TEAM)
                .then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static JsonPath evaluation(String location) {
        return given().auth().oauth2(agent()).get(location + "/evaluation").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static String agent() {
        return TestTokens.agent(TEAM).mint();
    }
}
