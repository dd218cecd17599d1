package rapport.system.month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static rapport.kpi.expected.KpiReportCheck.assertMatches;
import static rapport.kpi.expected.KpiReportCheck.kpi;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rapport.kpi.expected.ExpectedKpis;
import rapport.kpi.expected.TeamHistory;
import rapport.system.RunningSystem;
import rapport.testing.TestTokens;

/**
 * A month's scenario through the real services and broker: a seeded-random month of a team's
 * contacts and feedback (the previous calendar month in Europe/London, with the weeks around it)
 * goes in through customer-service's and feedback-service's APIs, and every KPI kpi-service reports
 * for that month, for one agent's share of it, and for the days around now (where today's promises,
 * invitations and answers fall) equals kpi-service's own scenario computation, {@link ExpectedKpis},
 * applied to what this test sent.
 */
@ExtendWith(RunningSystem.class)
class MonthThroughServicesTest {

    private static final String TEAM = "month-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final long SEED = 20261124L;
    private static final LocalDate MONTH = LocalDate.now(LONDON).withDayOfMonth(1).minusMonths(1);
    /** Yesterday to the day after tomorrow: today's promises (due now or tomorrow), invitations and answers. */
    private static final LocalDate DAYS_FROM = LocalDate.now(LONDON).minusDays(1);
    private static final LocalDate DAYS_TO = DAYS_FROM.plusDays(4);

    @Test
    void everyKpiOfAMonthSentThroughTheServicesMatchesTheIndependentComputation() {
        TeamApi api = new TeamApi(TEAM, TestTokens.agent(TEAM).user("ann").mint());
        Random random = new Random(SEED);
        MonthPlan plan = new MonthPlan(random, MONTH, MONTH.plusMonths(1), LONDON, Instant.now(), 36);
        ServiceMonth month = new ServiceMonth(api, plan, random);
        month.logTheMonth(TEAM);
        month.promiseFollowUps();
        month.recordComplaintSteps();
        MonthFeedback feedback = new MonthFeedback(api, random);
        feedback.recordCollected(month);
        feedback.answerInvitations(month);
        month.completeLatePromises();
        TeamHistory sent = month.history();
        feedback.addTo(sent);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertMatches(api.kpis(MONTH, MONTH.plusMonths(1), null), expected(sent, MONTH, MONTH.plusMonths(1), null));
            assertMatches(api.kpis(MONTH, MONTH.plusMonths(1), "bob"), expected(sent, MONTH, MONTH.plusMonths(1), "bob"),
                    "fcr", "aht", "csat", "nps", "response-rate", "promise-keeping", "complaint-median-hours",
                    "retention", "churn", "crr");
            assertMatches(api.kpis(DAYS_FROM, DAYS_TO, null), expected(sent, DAYS_FROM, DAYS_TO, null));
        });
        assertRealisticAmounts(api.kpis(MONTH, MONTH.plusMonths(1), null), api.kpis(DAYS_FROM, DAYS_TO, null),
                feedback.invitationsSent());
    }

    private static ExpectedKpis expected(TeamHistory sent, LocalDate from, LocalDate to, String agent) {
        return new ExpectedKpis(sent, from, to, LONDON, Instant.now(), agent);
    }

    /** The month is computed from real amounts of data, and today's promises and invitations all count. */
    private static void assertRealisticAmounts(JsonPath month, JsonPath days, int invitations) {
        assertThat(kpi(month, "fcr").getLong("n")).as("cases opened in the month").isGreaterThan(25);
        for (String id : new String[] { "retention", "aht", "csat", "nps", "complaint-median-hours" }) {
            assertThat(kpi(month, id).getLong("n")).as(id + " of the month from real data").isGreaterThan(3);
        }
        assertThat(kpi(days, "promise-keeping").getLong("n")).as("promises due now, or kept before tomorrow")
                .isEqualTo(10);
        assertThat(kpi(days, "response-rate").getLong("n")).as("every invitation was sent today")
                .isEqualTo(invitations).isGreaterThan(2);
    }
}
