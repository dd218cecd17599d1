package rapport.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rapport.events.Topics;
import rapport.testing.KafkaTestClient;
import rapport.testing.TestTokens;

/**
 * The services' logs hold no personal data and no credentials (README, "Personal data"): a customer's
 * whole life — registration, contacts, a survey answered through its link, refused input that carries
 * the customer's details, a forged token, erasure — and then none of the customer's details, the survey
 * token or any bearer token appears in any service's log. The token pattern also covers everything the
 * other end-to-end tests of this run have logged before.
 */
@ExtendWith(RunningSystem.class)
class LogsKeepNoPersonalDataEndToEndTest {

    private static final String TEAM = "logs-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String NAME = "Ottoline Quarrendon";
    private static final String EMAIL = "ottoline.q-" + TEAM + "@example.org";
    private static final String PHONE = "+44 7700 900" + (100 + (int) (Math.random() * 800));
    private static final String NOTES = "Prefers calls after 4pm, ask for Ottoline";
    private static final String SUMMARY = "Ottoline rang about her brake pads";
    private static final String COMMENT = "Ottoline says thank you to the whole desk";
    /** A JSON Web Token: base64url header and payload, both starting with {"... */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}");

    @Test
    void noDetailOfTheCustomerNoSurveyTokenAndNoBearerTokenIsLogged() throws Exception {
        String token = TestTokens.agent(TEAM).user("alice").mint();
        String customerId = RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body(Map.of("displayName", NAME, "email", EMAIL, "phone", PHONE, "notes", NOTES,
                        "kind", "EXTERNAL", "surveyConsent", true))
                .post("/api/teams/{team}/customers", TEAM).then().statusCode(201).extract().path("id");
        RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body(Map.of("occurredAt", Instant.now().minus(5, ChronoUnit.MINUTES).toString(), "channel", "PHONE",
                        "direction", "INBOUND", "category", "ENQUIRY", "outcome", "RESOLVED", "summary", SUMMARY,
                        "durationMinutes", 3))
                .post("/api/teams/{team}/customers/{id}/interactions", TEAM, customerId).then().statusCode(201);

        // refused input that carries the customer's details, and a token that is not one
        RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body(Map.of("displayName", NAME, "email", EMAIL + " not an address", "phone", PHONE, "kind", "ALIEN"))
                .post("/api/teams/{team}/customers", TEAM).then().statusCode(400);
        String forged = TestTokens.agent(TEAM).signedByIntruder().mint();
        RunningSystem.customerService(forged).get("/api/teams/{team}/customers/{id}", TEAM, customerId)
                .then().statusCode(401);

        String surveyToken = SurveyMail.linkTokensMailedTo(EMAIL, 1).getFirst();
        RunningSystem.feedbackPage().contentType(ContentType.URLENC)
                .formParam("csat", "4").formParam("nps", "8").formParam("ces", "5").formParam("comment", COMMENT)
                .post("/s/{token}", surveyToken).then().statusCode(200);
        KafkaTestClient.await(Topics.FEEDBACK, r -> customerId.equals(r.key())
                && r.value().contains("rapport.feedback.submitted.v1"), 1, Duration.ofSeconds(30));

        RunningSystem.customerService(token).delete("/api/teams/{team}/customers/{id}/personal-data", TEAM, customerId).then().statusCode(200);
        KafkaTestClient.await(Topics.CUSTOMERS, r -> customerId.equals(r.key())
                && r.value().contains("rapport.customer.erased.v1"), 1, Duration.ofSeconds(30));

        List<String> secrets = List.of(NAME, "Ottoline", EMAIL, PHONE, PHONE.replace(" ", ""), NOTES, SUMMARY, COMMENT,
                surveyToken, token, forged);
        List<Path> logs = RunningSystem.logFiles();
        assertThat(logs).hasSize(3).allSatisfy(log -> assertThat(log).isNotEmptyFile());
        List<String> leaks = new ArrayList<>();
        for (Path log : logs) {
            List<String> lines = lines(log);
            for (String line : lines) {
                for (String secret : secrets) {
                    if (line.contains(secret)) {
                        leaks.add(log.getFileName() + ": " + line.replace(secret, "<" + label(secret) + ">"));
                    }
                }
                if (JWT.matcher(line).find()) {
                    leaks.add(log.getFileName() + ": " + JWT.matcher(line).replaceAll("<a JWT>"));
                }
            }
        }
        assertThat(leaks).as("log lines with personal data or credentials").isEmpty();
    }

    private static String label(String secret) {
        return secret.startsWith("eyJ") ? "a bearer token" : "a detail of the test's customer";
    }

    private static List<String> lines(Path log) throws IOException {
        // a service's log as written so far; a line cut by a concurrent write is still scanned
        return List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n"));
    }
}
