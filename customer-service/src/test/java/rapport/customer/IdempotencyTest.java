package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.web.idempotency.IdempotencyPurge;

@QuarkusTest
class IdempotencyTest {

    @Inject
    IdempotencyPurge purge;

    private static final TeamApi API = new TeamApi("idem");

    @Test
    void aRetriedRegistrationReturnsTheOriginalResponseAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("displayName", "Retried Customer", "email", key + "@example.org",
                "kind", "EXTERNAL", "surveyConsent", false);
        Response first = API.as().header("Idempotency-Key", key).body(body).post("/api/teams/{team}/customers", API.team);
        first.then().statusCode(201);
        String id = first.path("id");
        int events = TeamApi.outboxRows(id);

        Response retry = API.as().header("Idempotency-Key", key).body(body).post("/api/teams/{team}/customers", API.team);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"))
                .body("id", equalTo(id));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(TeamApi.count("select count(*) from customer where email = ?", key + "@example.org")).isEqualTo(1);
        assertThat(TeamApi.outboxRows(id)).isEqualTo(events);
    }

    @Test
    void aRetriedContactIsLoggedOnce() {
        String customer = API.registerCustomer("Contact Retry");
        String key = UUID.randomUUID().toString();
        var contact = TeamApi.contact();
        String first = API.as().header("Idempotency-Key", key).body(contact)
                .post("/api/teams/{team}/customers/{id}/interactions", API.team, customer).then().statusCode(201)
                .extract().path("id");
        int events = TeamApi.outboxRows(customer);
        API.as().header("Idempotency-Key", key).body(contact)
                .post("/api/teams/{team}/customers/{id}/interactions", API.team, customer).then().statusCode(201)
                .body("id", equalTo(first));
        assertThat(TeamApi.count("select count(*) from interaction where customer_id = ?", UUID.fromString(customer)))
                .isEqualTo(1);
        assertThat(TeamApi.outboxRows(customer)).isEqualTo(events);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() {
        String customer = API.registerCustomer("Key Reuse");
        String key = UUID.randomUUID().toString();
        API.as().header("Idempotency-Key", key).body(TeamApi.contact())
                .post("/api/teams/{team}/customers/{id}/interactions", API.team, customer).then().statusCode(201);
        int events = TeamApi.outboxRows(customer);
        API.as().header("Idempotency-Key", key).body(TeamApi.contact("summary", "something else"))
                .post("/api/teams/{team}/customers/{id}/interactions", API.team, customer).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://rapport.dev/problems/idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        // the same key on another endpoint is another request too
        API.as().header("Idempotency-Key", key).body(TeamApi.contact())
                .post("/api/teams/{team}/customers/{id}/interactions", API.team, API.registerCustomer("Someone Else"))
                .then().statusCode(422);
        assertThat(TeamApi.count("select count(*) from interaction where customer_id = ?", UUID.fromString(customer)))
                .isEqualTo(1);
        assertThat(TeamApi.outboxRows(customer)).isEqualTo(events);
    }

    @Test
    void aFailedRequestStoresNothingSoTheKeyCanBeUsedForTheCorrectedRequest() {
        String customer = API.registerCustomer("Corrected");
        String key = UUID.randomUUID().toString();
        API.as().header("Idempotency-Key", key).body(TeamApi.contact("channel", "PIGEON"))
                .post("/api/teams/{team}/customers/{id}/interactions", API.team, customer).then().statusCode(400);
        API.as().header("Idempotency-Key", key).body(TeamApi.contact("occurredAt", "2999-01-01T00:00:00Z"))
                .post("/api/teams/{team}/customers/{id}/interactions", API.team, customer).then().statusCode(422);
        API.as().header("Idempotency-Key", key).body(TeamApi.contact())
                .post("/api/teams/{team}/customers/{id}/interactions", API.team, customer).then().statusCode(201);
    }

    @Test
    void keysAreKeptPerTeam() {
        String key = UUID.randomUUID().toString();
        TeamApi other = new TeamApi("idem-other");
        Map<String, Object> body = Map.of("displayName", "Same Key", "kind", "EXTERNAL", "surveyConsent", false);
        String mine = API.as().header("Idempotency-Key", key).body(body).post("/api/teams/{team}/customers", API.team)
                .then().statusCode(201).extract().path("id");
        String theirs = other.as().header("Idempotency-Key", key).body(body)
                .post("/api/teams/{team}/customers", other.team).then().statusCode(201).extract().path("id");
        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void keysOlderThanTheRetentionAreForgottenAndTheRequestRunsAnew() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("displayName", "Old Key", "kind", "EXTERNAL", "surveyConsent", false);
        String first = API.as().header("Idempotency-Key", key).body(body).post("/api/teams/{team}/customers", API.team)
                .then().statusCode(201).extract().path("id");
        String recentKey = UUID.randomUUID().toString();
        API.as().header("Idempotency-Key", recentKey).body(body).queryParam("allowDuplicate", true)
                .post("/api/teams/{team}/customers", API.team).then().statusCode(201);
        try (var db = rapport.testing.TestPostgres.connect(); var age = db.prepareStatement(
                "update idempotency_request set created_at = now() - interval '2 days' where idempotency_key = ?")) {
            age.setString(1, key);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }
        assertThat(purge.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(TeamApi.count("select count(*) from idempotency_request where idempotency_key = ?", recentKey))
                .isEqualTo(1);
        String again = API.as().header("Idempotency-Key", key).body(body).queryParam("allowDuplicate", true)
                .post("/api/teams/{team}/customers", API.team).then().statusCode(201).extract().path("id");
        assertThat(again).isNotEqualTo(first);
    }

    @Test
    void aMalformedKeyIs400() {
        API.as().header("Idempotency-Key", "x".repeat(201)).body(Map.of("displayName", "K", "kind", "EXTERNAL",
                "surveyConsent", false)).post("/api/teams/{team}/customers", API.team)
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
