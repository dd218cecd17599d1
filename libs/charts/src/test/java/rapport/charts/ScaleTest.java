package rapport.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void valuesAreWrittenWithTheirUnit() {
        assertThat(Scale.PERCENT.format(74.4)).isEqualTo("74 %");
        assertThat(Scale.NPS_POINTS.format(12.0)).isEqualTo("+12");
        assertThat(Scale.NPS_POINTS.format(-3.4)).isEqualTo("-3");
        assertThat(Scale.MEAN_SCORE.format(4.256)).isEqualTo("4.26");
        assertThat(Scale.MINUTES.format(6.54)).isEqualTo("6.5 min");
        assertThat(Scale.HOURS.format(30.0)).isEqualTo("30.0 h");
        assertThat(Scale.HOURS.format(null)).isEqualTo("n/a");
    }

    @Test
    void kpiServiceUnitLabelsNameTheScales() {
        assertThat(Scale.fromLabel("nps-points")).isEqualTo(Scale.NPS_POINTS);
        assertThat(Scale.fromLabel("percent")).isEqualTo(Scale.PERCENT);
        assertThatThrownBy(() -> Scale.fromLabel("furlongs")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void axesWidenToWholeNiceSteps() {
        assertThat(ValueAxis.of(0, 100).ticks()).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
        assertThat(ValueAxis.of(0, 5).ticks()).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(ValueAxis.of(0, 7).ticks()).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0);
        assertThat(ValueAxis.of(0, 1.1).ticks()).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0, 1.25);
        assertThat(ValueAxis.of(0, 1.1).tickLabel(0.25)).isEqualTo("0.25");
        assertThat(ValueAxis.of(0, 1.1).tickLabel(1.0)).isEqualTo("1.00");
    }
}
