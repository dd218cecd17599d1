package rapport.feedback.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import rapport.web.ProblemException;

class ScoreRangeTest {

    @ParameterizedTest
    @CsvSource({
            "4, 1, 5, 4, 4",
            "1..2, 1, 5, 1, 2",
            "' 5..7 ', 1, 7, 5, 7",
            "detractor, 0, 10, 0, 6",
            "Passive, 0, 10, 7, 8",
            "promoter, 0, 10, 9, 10",
            "0..10, 0, 10, 0, 10",
    })
    void bandsParse(String text, int scaleMin, int scaleMax, int min, int max) {
        assertThat(ScoreRange.parse("q", text, scaleMin, scaleMax)).isEqualTo(new ScoreRange(min, max));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "2..1", "1..9", "detractor", "a..b", "1-2", "-1"})
    void bandsOutsideTheScaleOrMalformedAreRefusedNamingTheParameter(String text) {
        assertThatThrownBy(() -> ScoreRange.parse("csat", text, 1, 5))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().getStatus()).isEqualTo(400);
                    assertThat(e.problem().getErrors().getFirst().field()).isEqualTo("csat");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void noBandIsNoFilter(String text) {
        assertThat(ScoreRange.parse("csat", text, 1, 5)).isNull();
    }
}
