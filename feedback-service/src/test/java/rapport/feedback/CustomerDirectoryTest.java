package rapport.feedback;

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
class CustomerDirectoryTest {

    private static final String TEAM = "dir-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRegisteredCustomerEntersTheDirectory() {
        UUID customer = UUID.randomUUID();
        TestEvents.publish(TestEvents.customerRegistered(TEAM, customer, "Ada Lovelace", true), customer);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.agent(TEAM).mint())
                        .get("/api/teams/{team}/directory/{id}", TEAM, customer)
                        .then().statusCode(200)
                        .body("displayName", equalTo("Ada Lovelace"))
                        .body("surveyConsent", equalTo(true)));
    }

    @Test
    void aCustomerOfAnotherTeamIsNotVisible() {
        UUID customer = UUID.randomUUID();
        TestEvents.publish(TestEvents.customerRegistered("elsewhere", customer, "Someone Else", false), customer);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.agent("elsewhere").mint())
                        .get("/api/teams/{team}/directory/{id}", "elsewhere", customer).then().statusCode(200));

        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/directory/{id}", TEAM, customer)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
