package rapport.charts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day marked on a chart with a vertical line at its start and a short label: an improvement
 * action's date in place. Labels longer than {@link #MAX_LABEL} characters are shortened with an ellipsis.
 */
public record DateMarker(LocalDate date, String label) {

    public static final int MAX_LABEL = 20;

    public DateMarker {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
    }

    String shortLabel() {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }
}
