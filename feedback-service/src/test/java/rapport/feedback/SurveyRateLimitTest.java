package rapport.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rapport.testing.TestTokens;

/** Answer attempts per client address are limited; the team API is not. */
@QuarkusTest
@TestProfile(SurveyRateLimitTest.ThreeAttempts.class)
class SurveyRateLimitTest {

    public static class ThreeAttempts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rapport.feedback.survey.rate-limit.capacity", "3",
                    "rapport.feedback.survey.rate-limit.refill-period", "PT1H");
        }
    }

    @Test
    void theFourthAttemptFromOneAddressGetsA429PageWithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            given().get("/s/{token}", "x".repeat(43)).then().statusCode(404);
        }
        given().get("/s/{token}", "y".repeat(43)).then().statusCode(429)
                .contentType(containsString("text/html"))
                .header("Retry-After", Integer::parseInt, allOf(greaterThan(1000), lessThanOrEqualTo(1200)))
                .header("Cache-Control", "no-store")
                .body(containsString("too many attempts"));
        Fixtures.answer("z".repeat(43), Map.of("csat", "5")).then().statusCode(429);
        given().auth().oauth2(TestTokens.agent("limits").mint()).get("/api/teams/limits/responses")
                .then().statusCode(200);
    }
}
