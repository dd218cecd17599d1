package rapport.kpi.maths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statistics of docs/kpi-definitions.md ("Did a change work?") against a reference package. Every expected value
 * below was printed by
 * {@code src/test/resources/reference/statistics_reference.py} with SciPy 1.10.1 and statsmodels
 * 0.13.5 (Debian bookworm's python3-scipy and python3-statsmodels):
 * {@code proportions_ztest} (pooled z), {@code confint_proportions_2indep(method="wald")} (unpooled
 * interval), {@code scipy.stats.ttest_ind(equal_var=False)} and {@code CompareMeans.tconfint_diff(
 * usevar="unequal")} (Welch), {@code DescrStatsW.tconfint_mean} and {@code proportion_confint(method="wilson")}
 * (one window's interval). The NPS test has no packaged equivalent: its reference applies the
 * spec's formula to the ±100/0 response values with numpy and takes the p-value from
 * {@code scipy.stats.norm}. Agreement is required to 6 significant digits (relative 5e-7).
 */
class StatisticsTest {

    /** Relative tolerance of 6 significant digits. */
    private static final Percentage SIX_DIGITS = Percentage.withPercentage(5e-5);

    static Stream<Arguments> proportions() {
        return Stream.of(
                // the example: FCR 54 of 88 (61 %) before, 70 of 95 (74 %) after
                Arguments.of(54, 88, 70, 95, 0.123205741627, -0.0116660121879, 0.258077495441, 1.78165160103,
                        0.0748060640638),
                Arguments.of(45, 100, 60, 100, 0.15, 0.0131529622137, 0.286847037786, 2.12397697621, 0.0336720688563),
                Arguments.of(120, 400, 95, 380, -0.05, -0.112547762037, 0.0125477620368, -1.56205257023,
                        0.118275604981),
                // a proportion of 1 before: the unpooled variance of that window is 0
                Arguments.of(30, 30, 29, 31, -0.0645161290323, -0.150996898884, 0.0219646408192, -1.41460011795,
                        0.157185774209));
    }

    @ParameterizedTest(name = "{0}/{1} → {2}/{3}")
    @MethodSource("proportions")
    void twoProportionZTestMatchesStatsmodels(long x1, long n1, long x2, long n2, double difference, double lower,
            double upper, double z, double p) {
        assertAgrees(Statistics.twoProportions(x1, n1, x2, n2), difference, lower, upper, z, p);
    }

    static Stream<Arguments> npsWindows() {
        return Stream.of(
                Arguments.of(40, 25, 100, 55, 20, 110, 16.8181818182, -4.24845574097, 37.8848193773, 1.56470298388,
                        0.117652568524),
                Arguments.of(12, 10, 40, 20, 6, 45, 26.1111111111, -4.48951636868, 56.7117385909, 1.67241137156,
                        0.0944432312679));
    }

    @ParameterizedTest
    @MethodSource("npsWindows")
    void npsDifferenceUsesTheSpecVariance(long p1, long d1, long n1, long p2, long d2, long n2, double difference,
            double lower, double upper, double z, double p) {
        assertAgrees(Statistics.npsDifference(p1, d1, n1, p2, d2, n2), difference, lower, upper, z, p);
    }

    static Stream<Arguments> means() {
        return Stream.of(
                // Worked example 1 of the Wikipedia article "Welch's t-test": A1 before, A2 after. The article
                // prints t = −2.46 (A1 − A2), df 24.99, p = 0.021; SciPy gives the full precision used here.
                Arguments.of(List.of(27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7,
                        21.4), List.of(27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9,
                        20.5, 24.4), 2.16666666667, 0.349237066192, 3.98409626714, 2.45535639829, 24.9885292902,
                        0.0213780014629),
                // handling times (minutes) before and after a change
                Arguments.of(doubles(12, 15, 9, 22, 14, 18, 11, 16, 13, 20, 17, 10), doubles(9, 11, 8, 14, 10, 12, 7,
                        13, 9, 10), -4.45, -7.30478341335, -1.59521658665, -3.28024590123, 17.5991093951,
                        0.00425675118278));
    }

    private static List<Double> doubles(double... values) {
        return Arrays.stream(values).boxed().toList();
    }

    @ParameterizedTest
    @MethodSource("means")
    void welchTestMatchesScipy(List<Double> before, List<Double> after, double difference, double lower, double upper,
            double t, double df, double p) {
        Comparison c = Statistics.welch(Summary.of(before), Summary.of(after));
        assertAgrees(c, difference, lower, upper, t, p);
        assertThat(c.degreesOfFreedom()).isCloseTo(df, SIX_DIGITS);
    }

    @ParameterizedTest
    @MethodSource("means")
    void welchFromATallyOfWholeMinutesEqualsWelchFromTheValues(List<Double> before, List<Double> after) {
        // the KPI path summarises whole-number values as a tally: the same test must come out
        if (before.stream().anyMatch(v -> v % 1 != 0)) {
            return;
        }
        Tally tally = Tally.values(before.stream().mapToInt(Double::intValue).toArray());
        assertThat(tally.summary().mean()).isCloseTo(Summary.of(before).mean(), SIX_DIGITS);
        assertThat(tally.summary().variance()).isCloseTo(Summary.of(before).variance(), SIX_DIGITS);
    }

    static Stream<Arguments> windowMeans() {
        return Stream.of(
                Arguments.of(doubles(12, 15, 9, 22, 14, 18, 11, 16, 13, 20, 17, 10), 14.75, 12.1923275939,
                        17.3076724061),
                Arguments.of(doubles(9, 11, 8, 14, 10, 12, 7, 13, 9, 10), 10.3, 8.71648998608, 11.8835100139),
                Arguments.of(doubles(27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7,
                        21.4), 20.82, 19.2667016525, 22.3732983475));
    }

    @Test
    void theSameObservationsInAnotherOrderGiveTheSameBits() {
        Random random = new Random(7);
        List<Double> hours = new ArrayList<>(random.doubles(40, 0, 300).boxed().toList());
        Summary first = Summary.of(hours);

        for (int shuffle = 0; shuffle < 200; shuffle++) {
            Collections.shuffle(hours, random);
            assertThat(Summary.of(hours)).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @MethodSource("windowMeans")
    void aWindowsMeanHasTheStudentTIntervalOfStatsmodels(List<Double> values, double mean, double lower,
            double upper) {
        Summary summary = Summary.of(values);
        KpiResult aht = KpiResult.mean(Kpi.AHT, summary, summary.mean() * summary.n());

        Interval interval = WindowInterval.of(aht);

        assertThat(summary.mean()).isCloseTo(mean, SIX_DIGITS);
        assertThat(interval.lower()).isCloseTo(lower, SIX_DIGITS);
        assertThat(interval.upper()).isCloseTo(upper, SIX_DIGITS);
    }

    @Test
    void aWindowsShareHasTheWilsonIntervalOfStatsmodelsAndNpsKeepsItsMarginOfError() {
        Interval fcr = WindowInterval.of(KpiResult.percentage(Kpi.FCR, 14, 40, null, Map.of()));
        assertThat(fcr.lower()).isCloseTo(22.1345288732, SIX_DIGITS);
        assertThat(fcr.upper()).isCloseTo(50.4941191627, SIX_DIGITS);
        KpiResult nps = Satisfaction.nps(Tally.values(10, 10, 9, 7, 3));
        assertThat(WindowInterval.of(nps)).isEqualTo(nps.interval());
        assertThat(WindowInterval.of(KpiResult.percentage(Kpi.FCR, 0, 0, null, Map.of()))).isNull();
        assertThat(WindowInterval.of(KpiResult.mean(Kpi.AHT, Summary.of(List.of(5.0)), 5.0))).isNull();
    }

    private static void assertAgrees(Comparison c, double difference, double lower, double upper, double statistic,
            double p) {
        assertThat(c.difference()).isCloseTo(difference, SIX_DIGITS);
        assertThat(c.interval().lower()).isCloseTo(lower, SIX_DIGITS);
        assertThat(c.interval().upper()).isCloseTo(upper, SIX_DIGITS);
        assertThat(c.statistic()).isCloseTo(statistic, SIX_DIGITS);
        assertThat(c.pValue()).isCloseTo(p, SIX_DIGITS);
    }
}
