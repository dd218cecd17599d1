package rapport.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.testing.TestTokens;

/** Team members create invitations by hand; the link is shown once and only its hash is kept. */
@QuarkusTest
class ManualInvitationTest {

    private static final String TEAM = Fixtures.team("manual");

    @Inject
    MockMailbox mailbox;

    @Test
    void aHandMadeInvitationReturnsItsLinkOnceAndStoresOnlyAHash() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "<b>By Hand</b>", "byhand@example.org", true);
        String link = given().auth().oauth2(TestTokens.agent(TEAM).user("alice").mint()).contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString(), "channel", "FACE_TO_FACE"))
                .post("/api/teams/{team}/invitations", TEAM)
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/teams/" + TEAM + "/invitations/[0-9a-f-]{36}"))
                .body("link", matchesPattern("http://127\\.0\\.0\\.1:8082/s/[A-Za-z0-9_-]{43}"))
                .body("invitation.origin", equalTo("MANUAL"))
                .body("invitation.agent", equalTo("alice"))
                .body("invitation.createdBy", equalTo("alice"))
                .body("invitation.channel", equalTo("FACE_TO_FACE"))
                .body("invitation.delivery", equalTo("EMAIL"))
                .extract().path("link");
        String token = Fixtures.token(link);

        await().atMost(Fixtures.EVENTUALLY).until(() -> mailbox.getMailsSentTo("byhand@example.org").size() == 1);
        assertThat(mailbox.getMailsSentTo("byhand@example.org").getFirst().getText()).contains(link);
        assertThat(mailbox.getMailsSentTo("byhand@example.org").getFirst().getHtml())
                .contains("Hello &lt;b&gt;By Hand&lt;/b&gt;", "href=\"" + link + "\"").doesNotContain("<b>By");
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).get("/api/teams/{team}/directory/{c}", TEAM, customer)
                .then().statusCode(200).body("displayName", equalTo("<b>By Hand</b>"))
                .body("$", not(org.hamcrest.Matchers.hasKey("email")));
        String stored = Fixtures.string("select encode(token_hash, 'hex') from invitation where customer_id = ?",
                customer);
        assertThat(stored).hasSize(64).isEqualTo(sha256Hex(token));
        assertThat(Fixtures.count("select count(*) from invitation where encode(token_hash, 'escape') like ?",
                "%" + token + "%")).isZero();
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).get("/api/teams/{team}/invitations", TEAM)
                .then().statusCode(200).body(not(org.hamcrest.Matchers.containsString(token)));
    }

    @Test
    void aNewLinkReplacesTheOldOne() {
        UUID customer = Fixtures.knownCustomer(TEAM, "Lost Link", null, true);
        String first = Fixtures.link(TEAM, customer);
        String id = given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/invitations?customerId={c}", TEAM, customer).then().extract().path("items[0].id");
        String second = given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .post("/api/teams/{team}/invitations/{id}/link", TEAM, id).then().statusCode(200).extract().path("link");
        assertThat(second).isNotEqualTo(first);
        given().get("/s/{token}", Fixtures.token(first)).then().statusCode(404);
        Fixtures.answer(Fixtures.token(second), Map.of("csat", "5")).then().statusCode(200);
        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .post("/api/teams/{team}/invitations/{id}/link", TEAM, id)
                .then().statusCode(409).body("type", equalTo("https://rapport.dev/problems/invitation-closed"));
    }

    @Test
    void withoutConsentOrWhenAskedTheLinkIsNotMailed() {
        UUID customer = Fixtures.knownCustomer(TEAM, "No Consent", "noconsent@example.org", false);
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(ContentType.JSON)
                .body(Map.of("customerId", customer.toString()))
                .post("/api/teams/{team}/invitations", TEAM)
                .then().statusCode(201).body("invitation.delivery", equalTo("LINK"));
        UUID consenting = Fixtures.knownCustomer(TEAM, "Consent", "consent-nomail@example.org", true);
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(ContentType.JSON)
                .body(Map.of("customerId", consenting.toString(), "sendEmail", false))
                .post("/api/teams/{team}/invitations", TEAM)
                .then().statusCode(201).body("invitation.delivery", equalTo("LINK"));
        assertThat(mailbox.getMailsSentTo("noconsent@example.org")).isEmpty();
        assertThat(mailbox.getMailsSentTo("consent-nomail@example.org")).isEmpty();
    }

    @Test
    void anUnknownOrOtherTeamsCustomerIsA404AndNothingIsCreated() throws Exception {
        UUID elsewhere = Fixtures.knownCustomer("manual-other", "Other Team", null, true);
        for (UUID customer : new UUID[] {UUID.randomUUID(), elsewhere}) {
            given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(ContentType.JSON)
                    .body(Map.of("customerId", customer.toString()))
                    .post("/api/teams/{team}/invitations", TEAM)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://rapport.dev/problems/not-found"));
            assertThat(Fixtures.count("select count(*) from invitation where customer_id = ?", customer)).isZero();
        }
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(ContentType.JSON).body("{}")
                .post("/api/teams/{team}/invitations", TEAM)
                .then().statusCode(400).body("errors[0].field", equalTo("customerId"));
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(ContentType.JSON)
                .body(Map.of("customerId", UUID.randomUUID().toString(), "channel", "PIGEON"))
                .post("/api/teams/{team}/invitations", TEAM)
                .then().statusCode(400).body("errors[0].field", equalTo("channel"));
        given().auth().oauth2(TestTokens.assessor(TEAM).mint()).contentType(ContentType.JSON)
                .body(Map.of("customerId", UUID.randomUUID().toString()))
                .post("/api/teams/{team}/invitations", TEAM)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/invitations/{id}", TEAM, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNoSecondInvitation() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Retry", null, true);
        String first = given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "retry-" + customer).body(Map.of("customerId", customer.toString()))
                .post("/api/teams/{team}/invitations", TEAM).then().statusCode(201)
                .body("link", startsWith("http")).extract().path("invitation.id");
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "retry-" + customer).body(Map.of("customerId", customer.toString()))
                .post("/api/teams/{team}/invitations", TEAM).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("invitation.id", equalTo(first)).body("link", nullValue());
        assertThat(Fixtures.count("select count(*) from invitation where customer_id = ?", customer)).isEqualTo(1);
    }

    private static String sha256Hex(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
