package rapport.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rapport.testing.TestTokens;
import rapport.web.VerifiedTokenCache;

@QuarkusTest
class ApiSecurityTest {

    @Inject
    JWTParser parser;

    private static final String TEAM = "sec-" + UUID.randomUUID().toString().substring(0, 8);
    private String customerId;

    @BeforeEach
    void registerOne() {
        customerId = given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(ContentType.JSON)
                .body("{\"displayName\": \"Secret Customer\", \"kind\": \"EXTERNAL\", \"surveyConsent\": false}")
                .post("/api/teams/{team}/customers", TEAM).then().statusCode(201).extract().path("id");
    }

    @Test
    void noTokenIs401ProblemWithBearerChallenge() {
        given().get("/api/teams/{team}/customers/{id}", TEAM, customerId)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://rapport.dev/problems/unauthorized"));
    }

    @Test
    void aMalformedTeamIdWithoutATokenIs401NotA400() {
        given().get("/api/teams/{team}/customers", "NOT_A_TEAM!").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void answersCarryingPersonalDataMayNotBeStored() {
        read(TestTokens.agent(TEAM).mint()).then().statusCode(200).header("Cache-Control", "no-store");
        given().auth().oauth2(TestTokens.agent(TEAM).mint()).get("/api/teams/{team}/customers", TEAM).then()
                .statusCode(200).header("Cache-Control", "no-store");
        given().get("/api/teams/{team}/customers/{id}", TEAM, customerId).then().statusCode(401)
                .header("Cache-Control", "no-store");
    }

    @Test
    void expiredTokenIs401() {
        read(TestTokens.agent(TEAM).expired().mint()).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenSignedByAnotherKeyIs401() {
        read(TestTokens.agent(TEAM).signedByIntruder().mint()).then().statusCode(401);
    }

    @Test
    void bearerTokensAreVerifiedThroughTheCacheWhichNeverPassesATamperedCopyOfAnAcceptedToken() {
        assertThat(ClientProxy.unwrap(parser)).isInstanceOf(VerifiedTokenCache.class);
        TestTokens agent = TestTokens.agent(TEAM);
        String genuine = agent.mint();
        read(genuine).then().statusCode(200);
        read(genuine).then().statusCode(200);

        read(agent.mintTampered()).then().statusCode(401);
        String[] parts = genuine.split("\\.");
        read(parts[0] + "." + parts[1] + "." + parts[2].substring(1) + "A").then().statusCode(401);
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        read(TestTokens.agent(TEAM).issuedBy("https://elsewhere.invalid/realms/rapport").mint()).then().statusCode(401);
    }

    @Test
    void garbageTokenIs401() {
        read("not.a.jwt").then().statusCode(401);
    }

    @Test
    void memberOfAnotherTeamGets403AndNoData() {
        read(TestTokens.agent("other-team").mint())
                .then().statusCode(403).contentType("application/problem+json")
                .body(not(containsString("Secret Customer")));
    }

    @Test
    void aTokenWithNoRealmRoleIs403() {
        read(TestTokens.withRoles(Set.of("offline_access"), TEAM).mint()).then().statusCode(403);
    }

    @Test
    void assessorsReadButCannotWrite() {
        read(TestTokens.assessor(TEAM).mint()).then().statusCode(200);
        given().auth().oauth2(TestTokens.assessor(TEAM).mint()).contentType(ContentType.JSON)
                .body("{\"displayName\": \"X\", \"kind\": \"EXTERNAL\", \"surveyConsent\": false}")
                .post("/api/teams/{team}/customers", TEAM)
                .then().statusCode(403).body("detail", equalTo("assessors have read-only access"));
    }

    @Test
    void adminsReachAnyTeam() {
        read(TestTokens.admin().mint()).then().statusCode(200).body("displayName", equalTo("Secret Customer"));
    }

    @Test
    void aMalformedTeamIdIs400() {
        given().auth().oauth2(TestTokens.admin().mint()).get("/api/teams/{team}/customers/{id}", "Bad Team!", customerId)
                .then().statusCode(400).body("errors[0].field", equalTo("teamId"));
    }

    @Test
    void healthAndDocsNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/metrics").then().statusCode(200);
    }

    private io.restassured.response.Response read(String token) {
        RequestSpecification request = given().auth().oauth2(token);
        return request.get("/api/teams/{team}/customers/{id}", TEAM, customerId);
    }
}
