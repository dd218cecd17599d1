package rapport.kpi;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.testing.RapportTestResource;
import rapport.testing.TestEvents;
import rapport.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = RapportTestResource.class, scope = TestResourceScope.GLOBAL)
class CustomerCountTest {

    private static final String TEAM = "count-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void registeredCustomersAreCountedAndAReplayedEventCountsOnce() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String event = TestEvents.customerRegistered(TEAM, first, "Ada", true);
        TestEvents.publish(event, first);
        TestEvents.publish(event, first);
        TestEvents.publish(TestEvents.customerRegistered(TEAM, second, "Bob", false), second);
        TestEvents.publish(event, first);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> summary().body("customers", equalTo(2)));
        // still 2 once everything published has been consumed (the last event sent is the replay)
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> summary().body("customers", equalTo(2)));
    }

    @Test
    void anAssessorOfTheTeamMayReadAndAnOutsiderMayNot() {
        given().auth().oauth2(TestTokens.assessor(TEAM).mint()).get("/api/teams/{team}/kpis/summary", TEAM)
                .then().statusCode(200).body("teamId", equalTo(TEAM));
        given().auth().oauth2(TestTokens.assessor("other").mint()).get("/api/teams/{team}/kpis/summary", TEAM)
                .then().statusCode(403);
    }

    private io.restassured.response.ValidatableResponse summary() {
        return given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/kpis/summary", TEAM).then().statusCode(200);
    }
}
