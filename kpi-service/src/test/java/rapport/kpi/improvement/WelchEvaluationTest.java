package rapport.kpi.improvement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import rapport.events.EventType;
import rapport.kpi.support.Payloads;
import rapport.kpi.support.Publisher;
import rapport.testing.TestEvents;
import rapport.testing.TestTokens;

/**
 * An improvement action targeting average handling time, a mean: Welch's t-test end to end. Handling
 * minutes 10 + i mod 7 for 40 contacts before (mean 12.875) and 8 + i mod 5 for 40 after (mean 10).
 * Reference (SciPy 1.10.1 ttest_ind(equal_var=False), statsmodels 0.13.5 tconfint_diff; script in
 * src/test/resources/reference): difference −2.875, interval (−3.64789519979, −2.10210480021),
 * t −7.41727712843, df 70.8639670254, p 2.02382047184e-10.
 */
@QuarkusTest
class WelchEvaluationTest {

    private static final String TEAM = "welch-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Percentage SIX_DIGITS = Percentage.withPercentage(5e-5);

    @Test
    void aShorterHandlingTimeIsASignificantImprovementByWelchsTest() {
        LocalDate inPlace = LocalDate.now(LONDON).minusDays(30);
        List<Publisher.Sent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            contact(events, inPlace.minusDays(10), i, 10 + i % 7);
            contact(events, inPlace.plusDays(10), i, 8 + i % 5);
        }
        Publisher.sendAll(events);
        String location = given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(ContentType.JSON)
                .body(Map.of("title", "Knowledge base for delivery questions", "description", "Long calls",
                        "targetKpi", "aht", "expectedDirection", "DOWN", "dateInPlace", inPlace.toString()))
                .post("/api/teams/{team}/improvements", TEAM).then().statusCode(201).extract().header("Location");
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(ContentType.JSON)
                .body(Map.of("title", "Knowledge base", "description", "Long calls about deliveries",
                        "targetKpi", "aht", "expectedDirection", "DOWN", "dateInPlace", inPlace.toString()))
                .put(location).then().statusCode(200).body("title", equalTo("Knowledge base"));
        await().atMost(Duration.ofSeconds(60)).until(() -> evaluation(location).getInt("evaluation.result.n") == 40
                && evaluation(location).getInt("baseline.result.n") == 40);
        JsonPath e = evaluation(location);
        assertThat(e.getString("test")).isEqualTo("WELCH");
        assertThat(e.getDouble("baseline.result.value")).isCloseTo(12.875, within(1e-12));
        assertThat(e.getDouble("difference")).isCloseTo(-2.875, within(1e-12));
        assertThat(e.getDouble("interval.lower")).isCloseTo(-3.64789519979, SIX_DIGITS);
        assertThat(e.getDouble("interval.upper")).isCloseTo(-2.10210480021, SIX_DIGITS);
        assertThat(e.getDouble("statistic")).isCloseTo(-7.41727712843, SIX_DIGITS);
        assertThat(e.getDouble("degreesOfFreedom")).isCloseTo(70.8639670254, SIX_DIGITS);
        assertThat(e.getDouble("pValue")).isCloseTo(2.02382047184e-10, SIX_DIGITS);
        assertThat(e.getString("verdict")).isEqualTo("IMPROVED");
        assertThat(e.getString("summary")).isEqualTo(
                "Average handling time fell from 12.9 min (n=40) to 10.0 min (n=40); p < 0.001: a significant improvement.");
    }

    private static void contact(List<Publisher.Sent> events, LocalDate day, int i, int minutes) {
        UUID customer = UUID.randomUUID();
        var at = day.atTime(9, 0).atZone(LONDON).toInstant().plusSeconds(600L * i);
        var payload = Payloads.interaction(TEAM, customer, UUID.randomUUID(), UUID.randomUUID(), "ann", at,
                at.plusSeconds(30), "PHONE", "INBOUND", "ENQUIRY", "RESOLVED", minutes);
        events.add(new Publisher.Sent(EventType.INTERACTION_LOGGED, customer,
                TestEvents.cloudEvent(EventType.INTERACTION_LOGGED, TEAM, customer, payload)));
    }

    private static JsonPath evaluation(String location) {
        return given().auth().oauth2(TestTokens.agent(TEAM).mint()).get(location + "/evaluation").then()
                .statusCode(200).extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }
}
