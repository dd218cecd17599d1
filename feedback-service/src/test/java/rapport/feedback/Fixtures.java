package rapport.feedback;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import rapport.events.EventType;
import rapport.events.customer.CaseResolved;
import rapport.events.customer.CustomerErased;
import rapport.events.customer.CustomerRegistered;
import rapport.testing.TestEvents;
import rapport.testing.TestPostgres;
import rapport.testing.TestTokens;

/** What feedback-service tests keep doing: publish customer events, issue links, answer, look in the database. */
final class Fixtures {

    static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private Fixtures() {
    }

    static String team(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String registered(String team, UUID customer, String name, String email, boolean consent) {
        return TestEvents.cloudEvent(EventType.CUSTOMER_REGISTERED, team, customer, new CustomerRegistered(customer,
                team, name, email, null, "EXTERNAL", "MEDIUM", "EMAIL", consent, Instant.now()));
    }

    static String resolved(String team, UUID customer, UUID caseId, int resolution, String agent) {
        return TestEvents.cloudEvent(EventType.CASE_RESOLVED, team, customer, new CaseResolved(caseId, customer, team,
                "ENQUIRY", UUID.randomUUID(), agent, "PHONE", Instant.now(), resolution));
    }

    static String erased(String team, UUID customer) {
        return TestEvents.cloudEvent(EventType.CUSTOMER_ERASED, team, customer,
                new CustomerErased(customer, team, Instant.now()));
    }

    /**
     * Publishes the customer's registration and waits until the directory knows them by name: the customer's data
     * key (published before the event) has arrived too.
     */
    static UUID knownCustomer(String team, String name, String email, boolean consent) {
        UUID customer = UUID.randomUUID();
        TestEvents.publish(registered(team, customer, name, email, consent), customer);
        await().atMost(EVENTUALLY).until(() -> {
            var response = given().auth().oauth2(TestTokens.agent(team).mint())
                    .get("/api/teams/{team}/directory/{id}", team, customer);
            return response.statusCode() == 200 && name.equals(response.path("displayName"));
        });
        return customer;
    }

    /** A hand-made invitation's link. */
    static String link(String team, UUID customer) {
        return given().auth().oauth2(TestTokens.agent(team).mint()).contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString(), "sendEmail", false))
                .post("/api/teams/{team}/invitations", team)
                .then().statusCode(201).extract().path("link");
    }

    static String token(String link) {
        return link.substring(link.lastIndexOf("/s/") + 3);
    }

    static io.restassured.response.Response answer(String token, Map<String, ?> form) {
        return given().contentType(ContentType.URLENC).formParams(form).post("/s/{token}", token);
    }

    static long count(String sql, Object... params) throws Exception {
        return Long.parseLong(string(sql, params));
    }

    /** The first column of the first row, or null when there is no row. */
    static String string(String sql, Object... params) throws Exception {
        try (Connection connection = TestPostgres.connect();
                PreparedStatement statement = prepare(connection, sql, params);
                ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void execute(String sql, Object... params) throws Exception {
        try (Connection connection = TestPostgres.connect();
                PreparedStatement statement = prepare(connection, sql, params)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws Exception {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    static long responsesOf(String team) throws Exception {
        return count("select count(*) from survey_response where team_id = ?", team);
    }

    static long feedbackEventsOf(String team) throws Exception {
        return count("select count(*) from outbox_event where event_type = 'rapport.feedback.submitted.v1' "
                + "and payload like ?", "%\"teamid\":\"" + team + "\"%");
    }
}
