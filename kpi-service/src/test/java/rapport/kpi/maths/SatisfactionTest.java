package rapport.kpi.maths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SatisfactionTest {

    static Stream<Arguments> npsAnswers() {
        return Stream.of(
                // 10 answers: promoters 9,10,10,9 (4), passives 7,8 (2), detractors 0,6,5,3 (4): NPS = 100 (4 − 4) / 10 = 0
                // p = d = 0.4: MoE = 1.96 × 100 × sqrt((0.8 − 0) / 10) = 196 × 0.282842712 = 55.4371716
                Arguments.of("balanced", Tally.values(9, 10, 10, 9, 7, 8, 0, 6, 5, 3), 0.0, 55.43717164),
                // all promoters: NPS 100, p = 1, d = 0: p + d − (p − d)² = 0, so the margin is 0
                Arguments.of("all promoters", Tally.values(9, 10, 10), 100.0, 0.0),
                // one response, a detractor: NPS −100, margin 0
                Arguments.of("one response", Tally.values(4), -100.0, 0.0),
                // 4 answers 10, 10, 8, 2: p = 0.5, d = 0.25: NPS = 25; MoE = 196 × sqrt((0.75 − 0.0625) / 4)
                // = 196 × sqrt(0.171875) = 196 × 0.414578098 = 81.2573072
                Arguments.of("small sample", Tally.values(10, 10, 8, 2), 25.0, 81.25730720));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npsAnswers")
    void npsAndItsMarginOfErrorFollowTheSpec(String name, Tally answers, double nps, double margin) {
        KpiResult result = Satisfaction.nps(answers);
        assertThat(result.value()).isCloseTo(nps, within(1e-9));
        assertThat(result.n()).isEqualTo(answers.n());
        assertThat(result.detail("marginOfError").doubleValue()).isCloseTo(margin, within(1e-6));
        assertThat(result.interval().upper() - result.value()).isCloseTo(margin, within(1e-6));
        assertThat(result.definition()).isEqualTo("nps/v1");
    }

    @Test
    void noAnswersGiveNullEverywhere() {
        Tally none = Tally.values();
        assertThat(Satisfaction.nps(none).value()).isNull();
        assertThat(Satisfaction.nps(none).interval()).isNull();
        assertThat(Satisfaction.csat(none).value()).isNull();
        assertThat(Satisfaction.csat(none).interval()).isNull();
        assertThat(Satisfaction.csatMean(none).value()).isNull();
        assertThat(Satisfaction.ces(none).value()).isNull();
        assertThat(Satisfaction.cesEasy(none).value()).isNull();
        assertThat(Satisfaction.rater(Kpi.RATER_EMPATHY, none).n()).isZero();
    }

    static Stream<Arguments> csatAnswers() {
        return Stream.of(
                // 81 of 100 answer 4 or 5: Wilson 95 % interval from statsmodels 0.13.5
                // proportion_confint(81, 100, method="wilson") = (72.2211546209 %, 87.4852484902 %)
                Arguments.of(tally(81, 19), 81.0, 72.2211546209, 87.4852484902),
                // one response, satisfied: proportion_confint(1, 1, method="wilson") = (20.6549314377 %, 100 %)
                Arguments.of(Tally.values(5), 100.0, 20.6549314377, 100.0),
                // 0 of 10 satisfied: proportion_confint(0, 10, method="wilson") = (0 %, 27.7532799863 %)
                Arguments.of(Tally.values(1, 2, 3, 3, 2, 1, 1, 2, 3, 3), 0.0, 0.0, 27.7532799863),
                // 37 of 52: (57.7272119633 %, 81.6700395853 %)
                Arguments.of(tally(37, 15), 100.0 * 37 / 52, 57.7272119633, 81.6700395853));
    }

    /** {@code satisfied} answers of 5 and {@code others} answers of 2. */
    private static Tally tally(long satisfied, long others) {
        return Tally.of(java.util.Map.of(5, satisfied, 2, others));
    }

    @ParameterizedTest
    @MethodSource("csatAnswers")
    void csatIsTheShareOfFoursAndFivesWithAWilsonInterval(Tally answers, double percent, double lower, double upper) {
        KpiResult csat = Satisfaction.csat(answers);
        assertThat(csat.value()).isCloseTo(percent, within(1e-9));
        assertThat(csat.interval().lower()).isCloseTo(lower, within(1e-8));
        assertThat(csat.interval().upper()).isCloseTo(upper, within(1e-8));
        assertThat(csat.interval().method()).isEqualTo("wilson");
    }

    @Test
    void csatMeanCesAndTheirShares() {
        // CSAT 5, 4, 3, 1: mean 13 / 4 = 3.25, 2 of 4 satisfied = 50 %
        Tally csat = Tally.values(5, 4, 3, 1);
        assertThat(Satisfaction.csatMean(csat).value()).isEqualTo(3.25);
        assertThat(Satisfaction.csatMean(csat).numerator()).isEqualTo(13L);
        assertThat(Satisfaction.csat(csat).value()).isEqualTo(50.0);
        // CES 7, 5, 4, 2, 6: mean 24 / 5 = 4.8; 5–7 answered by 3 of 5 = 60 %
        Tally ces = Tally.values(7, 5, 4, 2, 6);
        assertThat(Satisfaction.ces(ces).value()).isEqualTo(4.8);
        assertThat(Satisfaction.cesEasy(ces).value()).isEqualTo(60.0);
        assertThat(Satisfaction.cesEasy(ces).numerator()).isEqualTo(3L);
        // sample sd of 7, 5, 4, 2, 6: deviations 2.2, .2, −.8, −2.8, 1.2; squares sum 14.8; / 4 = 3.7
        assertThat(Satisfaction.ces(ces).detail("standardDeviation").doubleValue())
                .isCloseTo(Math.sqrt(3.7), within(1e-12));
    }

    @Test
    void raterReportsEachDimensionWithItsOwnN() {
        KpiResult empathy = Satisfaction.rater(Kpi.RATER_EMPATHY, Tally.values(5, 4));
        KpiResult tangibles = Satisfaction.rater(Kpi.RATER_TANGIBLES, Tally.values(2, 3, 4));
        assertThat(empathy.value()).isEqualTo(4.5);
        assertThat(empathy.n()).isEqualTo(2);
        assertThat(tangibles.value()).isEqualTo(3.0);
        assertThat(tangibles.n()).isEqualTo(3);
        assertThat(empathy.definition()).isEqualTo("rater/v1");
    }
}
