package rapport.charts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An improvement action's evaluation: its target KPI in the baseline ("before") and evaluation
 * ("after") windows, each with its 95 % interval, on a time axis from the baseline's start to the
 * evaluation's end, with the date in place marked as on every other chart.
 */
public record BeforeAfterChart(String id, String title, Scale scale, Window baseline, Window evaluation,
        DateMarker inPlace) {

    public BeforeAfterChart {
        Ids.check(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(inPlace, "inPlace");
        if (evaluation.from().isBefore(baseline.from())) {
            throw new IllegalArgumentException("the evaluation window cannot start before the baseline window");
        }
    }

    /**
     * One window {@code [from, to)}: the KPI's value (null when n = 0) and its 95 % interval
     * {@code [lower, upper]} (both null where there is none).
     */
    public record Window(LocalDate from, LocalDate to, Double value, Double lower, Double upper, long n) {

        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("a window ends after it starts: " + from + " to " + to);
            }
            if ((lower == null) != (upper == null) || lower != null && lower > upper) {
                throw new IllegalArgumentException("an interval has both bounds, lower <= upper: " + lower + ", "
                        + upper);
            }
        }

        boolean hasInterval() {
            return value != null && lower != null;
        }
    }
}
