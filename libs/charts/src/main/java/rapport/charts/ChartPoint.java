package rapport.charts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bucket of a time series: the days {@code [from, to)} it covers, the label it is shown with
 * (e.g. its first day), its value in the chart's {@link Scale} — null where the bucket has no
 * observations, drawn as a gap — and {@code n}, the number of observations behind the value.
 */
public record ChartPoint(LocalDate from, LocalDate to, String label, Double value, long n) {

    public ChartPoint {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a bucket ends after it starts: " + from + " to " + to);
        }
        if (n < 0) {
            throw new IllegalArgumentException("n is never negative: " + n);
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite or null: " + value);
        }
    }

    /** A bucket labelled with its first day. */
    public static ChartPoint of(LocalDate from, LocalDate to, Double value, long n) {
        return new ChartPoint(from, to, from.toString(), value, n);
    }
}
