package rapport.charts;

import java.util.List;
import java.util.Objects;

/**
 * A time series drawn as a line: the buckets in date order, each from where the previous one ended
 * or later, and the dates to mark. Markers outside {@code [first bucket's from, last bucket's to)} are
 * not drawn, so a caller may pass every improvement date of a team. {@code id} makes the chart's
 * element ids unique on a page (letters, digits, '-' and '_', starting with a letter).
 */
public record LineChart(String id, String title, Scale scale, List<ChartPoint> points, List<DateMarker> markers) {

    public LineChart {
        Ids.check(id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scale, "scale");
        points = List.copyOf(points);
        markers = List.copyOf(markers);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).from().isBefore(points.get(i - 1).to())) {
                throw new IllegalArgumentException("buckets must be in date order without overlap: "
                        + points.get(i - 1).label() + " then " + points.get(i).label());
            }
        }
    }

    public LineChart(String id, String title, Scale scale, List<ChartPoint> points) {
        this(id, title, scale, points, List.of());
    }
}
