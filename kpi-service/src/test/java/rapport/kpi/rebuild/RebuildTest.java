package rapport.kpi.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import rapport.events.EventType;
import rapport.events.customer.CustomerErased;
import rapport.kpi.support.Payloads;
import rapport.kpi.support.Publisher;
import rapport.kpi.support.Rebuilds;
import rapport.testing.TestDataKeys;
import rapport.testing.TestKafka;
import rapport.testing.TestTokens;

/** A rebuild clears the read model and replays the topics: the KPIs come back identical, own data stays. */
@QuarkusTest
class RebuildTest {

    private static final String TEAM = "rb-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void kpisAfterARebuildEqualKpisBeforeAndSettingsAndImprovementsSurvive() {
        Instant day = Instant.now().minus(10, ChronoUnit.DAYS);
        for (int i = 0; i < 12; i++) {
            UUID customer = UUID.randomUUID();
            UUID caseId = UUID.randomUUID();
            Publisher.publish(EventType.INTERACTION_LOGGED, TEAM, customer, Payloads.interaction(TEAM, customer,
                    UUID.randomUUID(), caseId, "ann", day.plusSeconds(3600L * i), day.plusSeconds(3600L * i + 60),
                    "EMAIL", "INBOUND", i % 3 == 0 ? "COMPLAINT" : "ENQUIRY", i % 4 == 0 ? "ESCALATED" : "RESOLVED", i));
            Publisher.publish(EventType.FEEDBACK_SUBMITTED, TEAM, customer, Payloads.feedback(TEAM, customer, null,
                    caseId, "ann", "EMAIL", day.plusSeconds(3600L * i + 600), 1 + i % 5, i % 11, 1 + i % 7, "ok"));
        }
        given().auth().oauth2(agent()).contentType(ContentType.JSON).body(Map.of("repeatWindowDays", 3,
                "complaintTargetHours", 24, "timeZone", "Europe/London", "maxPeriodDays", 90,
                "assessmentCriteria", List.of("Collects and acts on customer feedback")))
                .put("/api/teams/{team}/settings", TEAM).then().statusCode(200);
        String improvement = given().auth().oauth2(agent()).contentType(ContentType.JSON).body(Map.of("title", "t",
                "description", "d", "targetKpi", "fcr", "expectedDirection", "UP",
                "dateInPlace", LocalDate.now().minusDays(2).toString()))
                .post("/api/teams/{team}/improvements", TEAM).then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> fcrN(kpis()) == 12);
        List<Map<String, Object>> before = kpis();

        given().auth().oauth2(agent()).post("/api/admin/rebuild").then().statusCode(403);
        Rebuilds.rebuildAndWait();

        assertThat(kpis()).isEqualTo(before);
        assertThat(fcrN(kpis())).isEqualTo(12);
        given().auth().oauth2(agent()).get("/api/teams/{team}/settings", TEAM).then()
                .body("repeatWindowDays", equalTo(3));
        given().auth().oauth2(agent()).get("/api/teams/{team}/improvements/{id}", TEAM, improvement)
                .then().statusCode(200);
    }

    @Test
    void aRebuildIsRefusedWhileATopicItReplaysMayHaveDroppedEvents() throws Exception {
        ConfigResource feedback = new ConfigResource(ConfigResource.Type.TOPIC, "rapport.feedback");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestKafka.bootstrapServers()))) {
            setRetention(admin, feedback, "604800000");
            try {
                given().auth().oauth2(TestTokens.admin().mint()).post("/api/admin/rebuild").then().statusCode(409)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://rapport.dev/problems/history-incomplete"))
                        .body("topics[0]", equalTo("rapport.feedback has retention.ms=604800000"));
            } finally {
                setRetention(admin, feedback, "-1");
            }
        }
        Rebuilds.rebuildAndWait();
    }

    private static void setRetention(Admin admin, ConfigResource topic, String millis) throws Exception {
        admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(new ConfigEntry("retention.ms", millis),
                AlterConfigOp.OpType.SET)))).all().get(30, java.util.concurrent.TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> millis.equals(admin.describeConfigs(List.of(topic)).all()
                .get().get(topic).get("retention.ms").value()));
    }

    /**
     * Crypto-shredding survives a rebuild (docs/erasure.md): the erased customer's comment, still on the topic in
     * protected form, shows neither after the erasure nor after the replay; the other customer's does, because the
     * rebuild keeps the data keys; the KPIs count both answers throughout.
     */
    @Test
    void aRebuildAfterAnErasureShowsNoErasedCommentAndKeepsTheOthersAndTheKpis() {
        String team = "rbe-" + UUID.randomUUID().toString().substring(0, 8);
        Instant day = Instant.now().minus(2, ChronoUnit.DAYS);
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        for (UUID customer : List.of(erased, kept)) {
            String name = customer.equals(erased) ? "Ingrid Erasable" : "Kasimir Kept";
            Publisher.publish(EventType.CUSTOMER_REGISTERED, team, customer, Payloads.customer(team, customer, name, day));
            Publisher.publish(EventType.FEEDBACK_SUBMITTED, team, customer, Payloads.feedback(team, customer, null, null,
                    "ann", "EMAIL", day.plusSeconds(600), 4, 9, 6, name.split(" ")[0] + " wrote this comment"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> comments(team) == 2);
        assertThat(evidence(team)).as("each customer's own name, decrypted, masks it in their comment")
                .doesNotContain("Ingrid", "Kasimir").contains("[name removed] wrote this comment");
        List<Map<String, Object>> before = kpis(team);

        TestDataKeys.shred(erased);
        Publisher.publish(EventType.CUSTOMER_ERASED, team, erased, new CustomerErased(erased, team, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> comments(team) == 1);
        Rebuilds.rebuildAndWait();

        assertThat(kpis(team)).isEqualTo(before);
        assertThat(comments(team)).as("one comment, the kept customer's").isEqualTo(1);
    }

    private static int comments(String team) {
        return new io.restassured.path.json.JsonPath(evidence(team)).getList("comments").size();
    }

    /** The team's evidence pack (JSON) of the last week: its comments are decrypted and masked. */
    private static String evidence(String team) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return given().auth().oauth2(TestTokens.agent(team).mint()).queryParam("format", "json")
                .queryParam("from", today.minusDays(7).toString()).queryParam("to", today.plusDays(1).toString())
                .get("/api/teams/{team}/evidence", team).then().statusCode(200).extract().asString();
    }

    private static List<Map<String, Object>> kpis() {
        return kpis(TEAM);
    }

    private static List<Map<String, Object>> kpis(String team) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return given().auth().oauth2(TestTokens.agent(team).mint()).queryParam("from", today.minusDays(30).toString())
                .queryParam("to", today.plusDays(1).toString()).get("/api/teams/{team}/kpis", team)
                .then().statusCode(200).extract().path("kpis");
    }

    private static int fcrN(List<Map<String, Object>> kpis) {
        return kpis.stream().filter(k -> "fcr".equals(k.get("kpi"))).mapToInt(k -> (Integer) k.get("n")).sum();
    }

    private static String agent() {
        return TestTokens.agent(TEAM).mint();
    }
}
