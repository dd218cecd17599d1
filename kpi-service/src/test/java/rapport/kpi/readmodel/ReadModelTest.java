package rapport.kpi.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static rapport.kpi.support.Payloads.feedback;
import static rapport.kpi.support.Payloads.interaction;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rapport.events.EventType;
import rapport.events.customer.CustomerErased;
import rapport.kpi.support.Payloads;
import rapport.kpi.support.Publisher;
import rapport.testing.TestPostgres;
import rapport.testing.TestTokens;

/**
 * The read model is right whatever order Kafka gives: a backdated contact becomes its case's
 * opener, a void that arrives before its interaction still applies, feedback that arrives before
 * its case is filtered by the case's category once the case is known, a duplicate changes nothing,
 * an erased customer's comment is deleted while the counts stay, and a contact naming another
 * customer's case is dead-lettered without touching that case.
 */
@QuarkusTest
class ReadModelTest {

    private static final String TEAM = "rm-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Instant DAY = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    private static final UUID ANN = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();
    private static final UUID CAT = UUID.randomUUID();
    private static final UUID DAN = UUID.randomUUID();
    private static final UUID DAN_CASE = UUID.randomUUID();

    @BeforeAll
    static void publishOneCustomerStoryEach() {
        Publisher.publish(EventType.CUSTOMER_REGISTERED, TEAM, ANN, Payloads.customer(TEAM, ANN, "Zebedee Quux", DAY));
        // Ann: resolved at 10:00, then a call at 09:00 the same day, logged later, that needed a follow-up:
        // the backdated call opens the case, so it is not resolved first time
        UUID annCase = UUID.randomUUID();
        logged(ANN, annCase, DAY.plusSeconds(3600), DAY.plusSeconds(3660), "RESOLVED", "ENQUIRY", 10);
        logged(ANN, annCase, DAY, DAY.plusSeconds(7200), "FOLLOW_UP_REQUIRED", "ENQUIRY", 20);
        Publisher.publish(EventType.FEEDBACK_SUBMITTED, TEAM, ANN, feedback(TEAM, ANN, null, annCase, "ann", "PHONE",
                DAY.plusSeconds(86400), 5, 10, 7, "Lovely service from Zebedee's shop"));
        // Bob: resolved first time; his call back the next day was logged by mistake and voided
        UUID bobCase = UUID.randomUUID();
        logged(BOB, bobCase, DAY, DAY.plusSeconds(60), "RESOLVED", "ENQUIRY", 5);
        UUID repeat = logged(BOB, bobCase, DAY.plusSeconds(86400), DAY.plusSeconds(86460), "RESOLVED", "ENQUIRY", null);
        Publisher.publish(EventType.INTERACTION_VOIDED, TEAM, BOB, Payloads.voided(TEAM, BOB, repeat, bobCase,
                DAY.plusSeconds(90000)));
        // Cat: the void of her first contact arrives before the contact itself; the second contact opens the case
        UUID catCase = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        Publisher.publish(EventType.INTERACTION_VOIDED, TEAM, CAT, Payloads.voided(TEAM, CAT, first, catCase, DAY));
        Publisher.publish(EventType.INTERACTION_LOGGED, TEAM, CAT, interaction(TEAM, CAT, first, catCase, "ann", DAY,
                DAY.plusSeconds(60), "PHONE", "INBOUND", "ENQUIRY", "ESCALATED", 30));
        logged(CAT, catCase, DAY.plusSeconds(600), DAY.plusSeconds(660), "RESOLVED", "ENQUIRY", 15);
        // Dan: his complaint's feedback arrives before the interaction that opens the case; the interaction
        // event is delivered twice
        Publisher.publish(EventType.FEEDBACK_SUBMITTED, TEAM, DAN, feedback(TEAM, DAN, null, DAN_CASE, "ann", "PHONE",
                DAY.plusSeconds(7200), 2, 3, 2, null));
        String danContact = Publisher.publish(EventType.INTERACTION_LOGGED, TEAM, DAN, interaction(TEAM, DAN,
                UUID.randomUUID(), DAN_CASE, "ann", DAY, DAY.plusSeconds(60), "PHONE", "INBOUND", "COMPLAINT",
                "RESOLVED", 40));
        Publisher.send(EventType.INTERACTION_LOGGED, DAN, danContact);
    }

    private static UUID logged(UUID customer, UUID caseId, Instant at, Instant loggedAt, String outcome,
            String category, Integer minutes) {
        UUID id = UUID.randomUUID();
        Publisher.publish(EventType.INTERACTION_LOGGED, TEAM, customer, interaction(TEAM, customer, id, caseId, "ann",
                at, loggedAt, "PHONE", "INBOUND", category, outcome, minutes));
        return id;
    }

    @Test
    void fcrHandlesBackdatedContactsVoidsInAnyOrderAndDuplicates() {
        // eligible: Ann (backdated opener needs follow-up: no), Bob (void removes the repeat: yes), Cat (voided
        // escalation leaves; the resolving contact opens: yes), Dan (complaint resolved: yes) → 3 of 4
        JsonPath fcr = awaitKpi("fcr", 4);
        assertThat(fcr.getFloat("value")).isEqualTo(75.0f);
        assertThat(fcr.getInt("numerator")).isEqualTo(3);
        assertThat(fcr.getString("definition")).isEqualTo("fcr/v1");
        // handling time: Ann 10 + 20, Bob 5 (the voided contact had none), Cat 15 (the voided 30 leaves), Dan 40
        // once although delivered twice: 90 / 5 = 18
        JsonPath aht = kpi(kpis(Map.of()), "aht");
        assertThat(aht.getInt("n")).isEqualTo(5);
        assertThat(aht.getFloat("value")).isEqualTo(18.0f);
    }

    @Test
    void feedbackThatArrivedBeforeItsCaseIsFilteredByTheCaseCategory() {
        awaitKpi("fcr", 4);
        JsonPath csat = kpi(kpis(Map.of("category", "COMPLAINT")), "csat");
        assertThat(csat.getInt("n")).isEqualTo(1);
        assertThat(csat.getFloat("value")).isEqualTo(0.0f);
        JsonPath all = kpi(kpis(Map.of()), "csat");
        assertThat(all.getInt("n")).isEqualTo(2);
        assertThat(all.getFloat("interval.lower")).isGreaterThan(0f);
    }

    @Test
    void erasureDeletesTheCommentKeepsTheCountsAndNoPersonalDataIsEverStored() throws Exception {
        awaitKpi("fcr", 4);
        assertThat(count("select count(*) from rm_response where customer_id = '" + ANN + "' and comment like 'pd1:%'"))
                .as("the comment is stored as the event carried it, protected").isEqualTo(1);
        assertThat(count("select count(*) from rm_customer_name where customer_id = '" + ANN
                + "' and protected_name like 'pd1:%'")).isPositive();
        Publisher.publish(EventType.CUSTOMER_ERASED, TEAM, ANN, new CustomerErased(ANN, TEAM, Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from rm_response where customer_id = '" + ANN + "' and comment is not null") == 0);
        assertThat(count("select count(*) from rm_customer_name where customer_id = '" + ANN + "'")).isZero();
        assertThat(count("select count(*) from data_key where subject_id = '" + ANN + "' and data_key is null"))
                .as("kpi-service's copy of the key is gone").isEqualTo(1);
        assertThat(kpi(kpis(Map.of()), "nps").getInt("n")).isEqualTo(2);
        try (Connection db = TestPostgres.connect();
                ResultSet rows = db.createStatement().executeQuery(
                        "select string_agg(t::text, ' ') from (select * from rm_customer) t")) {
            rows.next();
            assertThat(rows.getString(1)).doesNotContain("Zebedee").doesNotContain("example.com").doesNotContain("7700");
        }
    }

    @Test
    void aContactNamingAnotherCustomersCaseIsDeadLetteredAndChangesNothing() throws Exception {
        awaitKpi("fcr", 4);
        UUID eve = UUID.randomUUID();
        String json = Publisher.publish(EventType.INTERACTION_LOGGED, TEAM, eve, interaction(TEAM, eve,
                UUID.randomUUID(), DAN_CASE, "ann", DAY.plusSeconds(3600), DAY.plusSeconds(3660), "PHONE", "INBOUND",
                "ENQUIRY", "ESCALATED", 5));
        String eventId = new JsonPath(json).getString("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from processed_event where event_id = '" + eventId + "' and outcome = 'DEAD_LETTERED'")
                == 1);
        assertThat(count("select count(*) from rm_interaction where customer_id = '" + eve + "'")).isZero();
        assertThat(count("select count(*) from rm_case where case_id = '" + DAN_CASE + "' and customer_id = '" + DAN
                + "' and status = 'RESOLVED'")).isEqualTo(1);
        assertThat(kpi(kpis(Map.of()), "fcr").getInt("numerator")).isEqualTo(3);
    }

    static JsonPath awaitKpi(String kpi, int n) {
        JsonPath[] found = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            found[0] = kpi(kpis(Map.of()), kpi);
            assertThat(found[0].getInt("n")).isEqualTo(n);
        });
        // and stays so once everything sent (the duplicate last) has been consumed
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(kpi(kpis(Map.of()), kpi).getInt("n")).isEqualTo(n));
        return found[0];
    }

    static JsonPath kpis(Map<String, String> filters) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .queryParam("from", today.minusDays(40).toString()).queryParam("to", today.plusDays(1).toString())
                .queryParams(filters)
                .get("/api/teams/{team}/kpis", TEAM).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath kpi(JsonPath report, String kpi) {
        return new JsonPath(report.prettify()).setRootPath("kpis.find { it.kpi == '" + kpi + "' }");
    }

    private static long count(String sql) throws Exception {
        try (Connection db = TestPostgres.connect(); ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
