package rapport.kpi.maths;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerdictAndPeriodsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static Stream<Arguments> verdicts() {
        KpiResult before88 = KpiResult.percentage(Kpi.FCR, 54, 88, null, Map.of());
        KpiResult after95 = KpiResult.percentage(Kpi.FCR, 70, 95, null, Map.of());
        KpiResult before100 = KpiResult.percentage(Kpi.FCR, 45, 100, null, Map.of());
        KpiResult after100 = KpiResult.percentage(Kpi.FCR, 60, 100, null, Map.of());
        KpiResult small = KpiResult.percentage(Kpi.FCR, 20, 29, null, Map.of());
        return Stream.of(
                // p = 0.0337 < 0.05 and FCR rose as expected
                Arguments.of(before100, after100, ExpectedDirection.UP, false, Verdict.IMPROVED),
                // the same rise when the team expected it to fall
                Arguments.of(before100, after100, ExpectedDirection.DOWN, false, Verdict.WORSENED),
                // p = 0.0748: not significant at 5 %
                Arguments.of(before88, after95, ExpectedDirection.UP, false, Verdict.NO_SIGNIFICANT_CHANGE),
                // 29 observations in one window
                Arguments.of(small, after100, ExpectedDirection.UP, false, Verdict.INSUFFICIENT_DATA),
                // window still open wins over everything
                Arguments.of(before100, after100, ExpectedDirection.UP, true, Verdict.IN_PROGRESS));
    }

    @ParameterizedTest
    @MethodSource("verdicts")
    void verdictFollowsSignificanceDirectionAndSampleSize(KpiResult before, KpiResult after,
            ExpectedDirection expected, boolean open, Verdict verdict) {
        assertThat(Evaluation.of(before, after, expected, open).verdict()).isEqualTo(verdict);
    }

    @Test
    void npsEvaluationReadsPromotersAndDetractors() {
        KpiResult before = Satisfaction.nps(Tally.of(Map.of(10, 40L, 8, 35L, 3, 25L)));
        KpiResult after = Satisfaction.nps(Tally.of(Map.of(10, 55L, 8, 35L, 3, 20L)));
        // same windows as StatisticsTest's first NPS row: ΔNPS 16.818..., p = 0.1177
        Evaluation evaluation = Evaluation.of(before, after, ExpectedDirection.UP, false);
        assertThat(evaluation.comparison().pValue()).isCloseTo(0.117652568524,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(evaluation.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void aPeriodIsLocalMidnightToLocalMidnightAndItsPredecessorHasTheSameLength() {
        // 2026-03-29 is the day the UK moves to BST: the period's second midnight is at 23:00 UTC
        Bucket march = Periods.period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), LONDON);
        assertThat(march.start()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2026-03-31T23:00:00Z"));
        // 31 days before 1 March is 29 January
        assertThat(march.previousStart()).isEqualTo(Instant.parse("2026-01-29T00:00:00Z"));
    }

    static Stream<Arguments> buckets() {
        return Stream.of(
                // Wednesday 4 March to Tuesday 17 March: ISO weeks starting Monday 2, 9 and 16 March
                Arguments.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 18), BucketSize.WEEK,
                        List.of("2026-03-02", "2026-03-09", "2026-03-16")),
                // 1 January 2027 is a Friday: its ISO week starts on Monday 28 December 2026
                Arguments.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 5), BucketSize.WEEK,
                        List.of("2026-12-28", "2027-01-04")),
                Arguments.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 2), BucketSize.MONTH,
                        List.of("2026-01-01", "2026-02-01", "2026-03-01")),
                Arguments.of(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 31), BucketSize.DAY,
                        List.of("2026-03-28", "2026-03-29", "2026-03-30")),
                Arguments.of(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 28), BucketSize.DAY, List.of()));
    }

    @ParameterizedTest
    @MethodSource("buckets")
    void bucketsAreWholeDaysIsoWeeksOrCalendarMonths(LocalDate from, LocalDate to, BucketSize size,
            List<String> starts) {
        List<Bucket> buckets = Periods.buckets(from, to, size, LONDON);
        assertThat(buckets).extracting(b -> b.from().toString()).containsExactlyElementsOf(starts);
        for (int i = 1; i < buckets.size(); i++) {
            assertThat(buckets.get(i).start()).isEqualTo(buckets.get(i - 1).end());
        }
    }

    @Test
    void theDstChangeDayIsTwentyThreeHoursLong() {
        Bucket day = Periods.buckets(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30), BucketSize.DAY, LONDON)
                .getFirst();
        assertThat(java.time.Duration.between(day.start(), day.end()).toHours()).isEqualTo(23);
    }
}
