package rapport.kpi.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.events.EventType;
import rapport.events.customer.FollowUpCompleted;
import rapport.events.customer.FollowUpPromised;
import rapport.kpi.support.Publisher;
import rapport.testing.TestTokens;

/**
 * Promises recorded after the fact: every event below is published now, long after the times it
 * carries, and promise keeping (docs/kpi-definitions.md) compares the recorded completedAt with
 * dueAt, never the time the event was published.
 */
@QuarkusTest
class PromiseTimesTest {

    private static final String TEAM = "pt-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate DAY = LocalDate.now(LONDON).minusDays(20);

    /** One customer, so that its events arrive in the order they were published. */
    private static final UUID CUSTOMER = UUID.randomUUID();

    @Test
    void aPromiseKeptLateStaysLateAndOneKeptInTimeStaysKeptWhenRecordedLater() {
        // due on DAY at 10:00: kept at 09:00 (in time), at 10:00 exactly (in time), at 10:01 (late);
        // a fourth, due the next day, never completed (overdue)
        promise(at(10, 0), at(9, 0));
        promise(at(10, 0), at(10, 0));
        promise(at(10, 0), at(10, 1));
        promise(at(10, 0).plus(Duration.ofDays(1)), null);
        // last on the customer's key: once it counts, everything before it has been applied
        promise(at(10, 0).plus(Duration.ofDays(5)), null);
        await().atMost(Duration.ofSeconds(60)).until(() -> n(keeping(DAY.plusDays(5), DAY.plusDays(6))) == 1);

        Map<String, Object> twoDays = keeping(DAY, DAY.plusDays(2));
        assertThat(n(twoDays)).isEqualTo(4);
        assertThat(((Number) twoDays.get("numerator")).longValue()).isEqualTo(2);
        assertThat(((Number) twoDays.get("value")).doubleValue()).isEqualTo(50.0);
        Map<String, Object> dueThatDay = keeping(DAY, DAY.plusDays(1));
        assertThat(((Number) dueThatDay.get("numerator")).longValue()).isEqualTo(2);
        assertThat(n(dueThatDay)).isEqualTo(3);
    }

    private static void promise(Instant dueAt, Instant completedAt) {
        UUID id = UUID.randomUUID();
        Publisher.publish(EventType.FOLLOWUP_PROMISED, TEAM, CUSTOMER, new FollowUpPromised(id, CUSTOMER, TEAM, null,
                null, "ann", at(8, 0).minus(Duration.ofDays(1)), dueAt));
        if (completedAt != null) {
            Publisher.publish(EventType.FOLLOWUP_COMPLETED, TEAM, CUSTOMER, new FollowUpCompleted(id, CUSTOMER, TEAM,
                    "ann", completedAt));
        }
    }

    private static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(LONDON).toInstant();
    }

    private static long n(Map<String, Object> kpi) {
        return ((Number) kpi.get("n")).longValue();
    }

    private static Map<String, Object> keeping(LocalDate from, LocalDate to) {
        List<Map<String, Object>> kpis = given().auth().oauth2(TestTokens.assessor(TEAM).mint())
                .queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/teams/{team}/kpis", TEAM).then().statusCode(200).extract().path("kpis");
        return kpis.stream().filter(k -> "promise-keeping".equals(k.get("kpi"))).findFirst().orElseThrow();
    }
}
