package rapport.charts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * The unit a charted value is in, which fixes how it is written and how the value axis is scaled.
 * The labels are kpi-service's unit names as its JSON gives them ({@code "unit": "percent"}).
 */
public enum Scale {
    PERCENT("percent", "%"), NPS_POINTS("nps-points", "NPS points"), MEAN_SCORE("mean-score", "mean score"),
    HOURS("hours", "hours"), MINUTES("minutes", "minutes");

    private final String label;
    private final String caption;

    Scale(String label, String caption) {
        this.label = label;
        this.caption = caption;
    }

    /** The scale whose label kpi-service's JSON uses, e.g. {@code "nps-points"}. */
    public static Scale fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown unit: " + label));
    }

    public String label() {
        return label;
    }

    /** What the value axis is labelled with. */
    public String caption() {
        return caption;
    }

    /** A value with its unit, as shown to people: "74 %", "+12", "4.30", "6.5 min", "30.0 h"; "n/a" for null. */
    public String format(Double value) {
        if (value == null) {
            return "n/a";
        }
        return switch (this) {
            case PERCENT -> String.format(Locale.UK, "%.0f %%", value);
            case NPS_POINTS -> String.format(Locale.UK, "%+.0f", value);
            case MEAN_SCORE -> String.format(Locale.UK, "%.2f", value);
            case MINUTES -> String.format(Locale.UK, "%.1f min", value);
            case HOURS -> String.format(Locale.UK, "%.1f h", value);
        };
    }

    /**
     * Fixed axes for shares (0 to 100) and NPS (−100 to 100), so charts of one KPI compare at a glance;
     * from 0 to the data's largest value for means, hours and minutes (at least 0 to 5 for a mean score).
     */
    ValueAxis axis(DoubleStream values) {
        return switch (this) {
            case PERCENT -> ValueAxis.of(0, 100);
            case NPS_POINTS -> ValueAxis.of(-100, 100);
            case MEAN_SCORE -> ValueAxis.of(0, Math.max(5, values.max().orElse(0)));
            case HOURS, MINUTES -> ValueAxis.of(0, Math.max(1, values.max().orElse(0) * 1.1));
        };
    }
}
