package rapport.kpi.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import rapport.testing.TestTokens;

/** Starts a read-model rebuild through the admin API and waits until it has finished. */
public final class Rebuilds {

    private Rebuilds() {
    }

    public static void rebuildAndWait() {
        Instant asked = Instant.now();
        given().auth().oauth2(TestTokens.admin().mint()).post("/api/admin/rebuild").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/admin/rebuild"));
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var status = given().auth().oauth2(TestTokens.admin().mint()).get("/api/admin/rebuild").then()
                    .statusCode(200).extract().jsonPath();
            String finished = status.getString("finishedAt");
            return "FINISHED".equals(status.getString("state")) && Instant.parse(finished).isAfter(asked);
        });
        given().auth().oauth2(TestTokens.admin().mint()).get("/api/admin/rebuild").then()
                .body("percent", equalTo(100.0f));
    }
}
