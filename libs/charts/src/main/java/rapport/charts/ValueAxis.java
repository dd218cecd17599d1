package rapport.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The value axis: a range widened to whole "nice" steps (1, 2, 2.5 or 5 times a power of ten), about five of them. */
record ValueAxis(double min, double max, double step) {

    private static final int STEPS = 5;

    static ValueAxis of(double min, double max) {
        double step = niceStep((max - min) / STEPS);
        return new ValueAxis(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normalised = raw / magnitude;
        double nice = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 2.5 ? 2.5 : normalised <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(min + i * step);
        }
        return ticks;
    }

    /** The value clamped into the axis, for intervals that reach past a fixed scale. */
    double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }

    /** Tick labels without the unit (the axis caption carries it); decimals only where a step needs them. */
    String tickLabel(double value) {
        int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
        return String.format(Locale.UK, "%." + decimals + "f", value);
    }
}
