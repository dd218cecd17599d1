package rapport.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import rapport.events.Topics;
import rapport.personaldata.DataKey;
import rapport.personaldata.FieldCipher;
import rapport.testing.EventContract;
import rapport.testing.KafkaTestClient;
import rapport.testing.RapportTestResource;
import rapport.testing.TestDataKeys;
import rapport.testing.TestPostgres;
import rapport.testing.TestTokens;

@QuarkusTest
@WithTestResource(value = RapportTestResource.class, scope = TestResourceScope.GLOBAL)
class CustomerRegistrationTest {

    private static final String TEAM = "team-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void registeringACustomerStoresItAndPublishesCustomerRegistered() throws Exception {
        String id = given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .contentType(ContentType.JSON)
                .body("""
                        {"displayName": "Ada Lovelace", "email": "ada@example.org", "kind": "EXTERNAL",
                         "valueSegment": "HIGH", "preferredChannel": "EMAIL", "surveyConsent": true}""")
                .post("/api/teams/{team}/customers", TEAM)
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("displayName", equalTo("Ada Lovelace"))
                .body("status", equalTo("ACTIVE"))
                .extract().path("id");

        given().auth().oauth2(TestTokens.assessor(TEAM).mint())
                .get("/api/teams/{team}/customers/{id}", TEAM, id)
                .then().statusCode(200).body("email", equalTo("ada@example.org"));

        ConsumerRecord<String, String> event = KafkaTestClient.awaitContaining(Topics.CUSTOMERS, id, 1).getFirst();
        assertThat(event.key()).isEqualTo(id);
        assertThat(event.value()).contains("\"type\":\"rapport.customer.registered.v1\"", "\"teamid\":\"" + TEAM + "\"");
        EventContract.assertConforms(event.value());
        assertThat(event.value()).as("name and e-mail leave protected only").doesNotContain("Ada", "ada@example.org");
        JsonNode data = new ObjectMapper().readTree(event.value()).get("data");
        UUID customer = UUID.fromString(id);
        DataKey key = TestDataKeys.published(customer);
        assertThat(FieldCipher.reveal(key, customer, "displayName", data.get("displayName").asText()))
                .isEqualTo("Ada Lovelace");
        assertThat(FieldCipher.reveal(key, customer, "email", data.get("email").asText())).isEqualTo("ada@example.org");
        assertThat(data.get("phone").isNull()).isTrue();
    }

    @Test
    void badInputIsRefusedWithProblemJsonNamingEachFieldAndNothingIsStored() throws Exception {
        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .contentType(ContentType.JSON)
                .body("""
                        {"displayName": " ", "email": "not-an-email", "kind": "EXTERNAL", "surveyConsent": true}""")
                .post("/api/teams/{team}/customers", TEAM)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/validation"))
                .body("errors.field", hasItem("displayName"))
                .body("errors.field", hasItem("email"));
        assertThat(customersIn(TEAM + "-nothing")).isZero();
    }

    @Test
    void anUnknownEnumValueIsA400NamingTheField() {
        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .contentType(ContentType.JSON)
                .body("""
                        {"displayName": "Bob", "kind": "PARTNER", "surveyConsent": false}""")
                .post("/api/teams/{team}/customers", TEAM)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", startsWith("must be one of [EXTERNAL, INTERNAL]"));
    }

    @Test
    void malformedJsonAndMalformedIdsAre400s() {
        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .contentType(ContentType.JSON).body("{\"displayName\": ")
                .post("/api/teams/{team}/customers", TEAM)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/malformed-body"));
        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/customers/{id}", TEAM, "12345")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("customerId"));
    }

    @Test
    void anUnknownCustomerIsA404Problem() {
        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/customers/{id}", TEAM, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/not-found"));
    }

    private static int customersIn(String team) throws Exception {
        try (Connection connection = TestPostgres.connect();
                ResultSet rs = connection.createStatement().executeQuery(
                        "select count(*) from customer where team_id = '" + team + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
