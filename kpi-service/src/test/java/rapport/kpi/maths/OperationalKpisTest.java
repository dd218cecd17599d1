package rapport.kpi.maths;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Retention, response rate, complaint handling, promise keeping and handling time, against hand-worked values. */
class OperationalKpisTest {

    static Stream<Arguments> activity() {
        return Stream.of(
                // S = |A(P')| = 10, retained 7 → 70 %, churn 30 %; E = 12 active, N = 3 new → CRR (12 − 3) / 10 = 90 %
                Arguments.of(new ActivityCounts(10, 7, 12, 3), 70.0, 30.0, 90.0),
                // nobody active before: every rate is null, not 0
                Arguments.of(new ActivityCounts(0, 0, 5, 5), null, null, null),
                // everybody stayed and 2 returned from longer ago: CRR (6 − 0) / 4 = 150 % (it is not a share)
                Arguments.of(new ActivityCounts(4, 4, 6, 0), 100.0, 0.0, 150.0));
    }

    @ParameterizedTest
    @MethodSource("activity")
    void retentionChurnAndCrr(ActivityCounts counts, Double retention, Double churn, Double crr) {
        assertThat(Retention.retention(counts).value()).isEqualTo(retention);
        assertThat(Retention.churn(counts).value()).isEqualTo(churn);
        assertThat(Retention.crr(counts).value()).isEqualTo(crr);
        assertThat(Retention.retention(counts).n()).isEqualTo(counts.previousActive());
    }

    @Test
    void responseRateIsAnsweredOverSent() {
        assertThat(ResponseRate.compute(8, 2).value()).isEqualTo(25.0);
        assertThat(ResponseRate.compute(0, 0).value()).isNull();
    }

    static Stream<Arguments> complaints() {
        return Stream.of(
                // hours 10, 80, 30, 50 (4 cases, even): sorted 10 30 50 80, median (30 + 50) / 2 = 40;
                // P90 rank ⌈0.9 × 4⌉ = 4 → 80; within 72 h: 10, 30, 50 = 3 of 4 = 75 %; mean 170 / 4 = 42.5
                Arguments.of(List.of(c(10, true), c(80, true), c(30, false), c(50, true)), 40.0, 80.0, 75.0, 75.0, 42.5),
                // 5 cases (odd): 1 2 3 4 100, median 3, P90 rank ⌈4.5⌉ = 5 → 100; exactly 72 h counts as within
                Arguments.of(List.of(c(100, false), c(1, false), c(72, false), c(3, false), c(2, true)), 3.0, 100.0,
                        80.0, 20.0, 35.6),
                // one case: median = P90 = its hours
                Arguments.of(List.of(c(5.5, true)), 5.5, 5.5, 100.0, 100.0, 5.5));
    }

    private static ComplaintCase c(double hours, boolean allSteps) {
        return new ComplaintCase(hours, allSteps);
    }

    @ParameterizedTest
    @MethodSource("complaints")
    void complaintHandling(List<ComplaintCase> cases, double median, double p90, double withinTarget, double allSteps,
            double mean) {
        assertThat(ComplaintHandling.median(cases).value()).isEqualTo(median);
        assertThat(ComplaintHandling.percentile90(cases).value()).isEqualTo(p90);
        assertThat(ComplaintHandling.withinTarget(cases, 72).value()).isEqualTo(withinTarget);
        assertThat(ComplaintHandling.allFourSteps(cases).value()).isEqualTo(allSteps);
        assertThat(ComplaintHandling.mean(cases).value()).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void noComplaintsGiveNulls() {
        assertThat(ComplaintHandling.median(List.of()).value()).isNull();
        assertThat(ComplaintHandling.percentile90(List.of()).value()).isNull();
        assertThat(ComplaintHandling.withinTarget(List.of(), 72).value()).isNull();
    }

    @Test
    void promiseKeepingCountsCompletedOrPastDuePromises() {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        Instant due = Instant.parse("2026-03-09T12:00:00Z");
        List<PromiseFact> promises = List.of(
                new PromiseFact(due, due),                       // completed exactly at due: kept
                new PromiseFact(due, due.minusSeconds(3600)),    // early: kept
                new PromiseFact(due, due.plusSeconds(60)),       // a minute late: counted, not kept
                new PromiseFact(due, null),                      // past due and open: counted, not kept
                new PromiseFact(now.plusSeconds(3600), null),    // not yet due and open: not counted
                new PromiseFact(now.plusSeconds(3600), now));    // completed before its due date: kept
        KpiResult result = PromiseKeeping.compute(promises, now);
        // kept 3 of 5 counted = 60 %
        assertThat(result.numerator()).isEqualTo(3L);
        assertThat(result.n()).isEqualTo(5);
        assertThat(result.value()).isEqualTo(60.0);
    }

    @Test
    void averageHandlingTimeIsTheMeanOfRecordedDurations() {
        // 5, 10, 10, 15: 40 / 4 = 10 minutes
        KpiResult aht = HandlingTime.averageHandlingTime(Tally.values(5, 10, 10, 15));
        assertThat(aht.value()).isEqualTo(10.0);
        assertThat(aht.numerator()).isEqualTo(40L);
        assertThat(HandlingTime.averageHandlingTime(Tally.values()).value()).isNull();
    }
}
