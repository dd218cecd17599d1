package rapport.charts;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The plain-words {@code <desc>} of each chart: what a screen reader says instead of showing the picture. */
final class Summaries {

    private static final int LISTED_GAPS = 5;

    private Summaries() {
    }

    static String line(LineChart chart) {
        List<ChartPoint> points = chart.points();
        List<ChartPoint> withData = points.stream().filter(p -> p.value() != null).toList();
        if (withData.isEmpty()) {
            return chart.title() + ": no data" + (points.isEmpty() ? "." : " in " + points.size() + " buckets from "
                    + points.getFirst().label() + " to " + points.getLast().label() + ".");
        }
        Scale scale = chart.scale();
        Comparator<ChartPoint> byValue = Comparator.comparing(ChartPoint::value);
        StringBuilder text = new StringBuilder(chart.title()).append(" (").append(scale.caption()).append("), ")
                .append(points.size()).append(points.size() == 1 ? " bucket" : " buckets").append(" from ")
                .append(points.getFirst().label()).append(" to ").append(points.getLast().label()).append(". Lowest ")
                .append(point(scale, withData.stream().min(byValue).orElseThrow())).append(", highest ")
                .append(point(scale, withData.stream().max(byValue).orElseThrow())).append(", latest ")
                .append(point(scale, withData.getLast())).append('.');
        List<String> gaps = points.stream().filter(p -> p.value() == null).map(ChartPoint::label).toList();
        if (!gaps.isEmpty()) {
            text.append(" No data for ").append(String.join(", ", gaps.subList(0, Math.min(LISTED_GAPS, gaps.size()))))
                    .append(gaps.size() > LISTED_GAPS ? " and " + (gaps.size() - LISTED_GAPS) + " more" : "")
                    .append('.');
        }
        List<DateMarker> marked = chart.markers().stream().filter(m -> !m.date().isBefore(points.getFirst().from())
                && m.date().isBefore(points.getLast().to())).sorted(Comparator.comparing(DateMarker::date)).toList();
        if (!marked.isEmpty()) {
            text.append(" Marked: ").append(marked.stream().map(Summaries::marker).collect(Collectors.joining("; ")))
                    .append('.');
        }
        return text.toString();
    }

    static String beforeAfter(BeforeAfterChart chart) {
        return chart.title() + " (" + chart.scale().caption() + "): before, " + window(chart.scale(), chart.baseline())
                + "; after, " + window(chart.scale(), chart.evaluation()) + ". In place " + marker(chart.inPlace())
                + ".";
    }

    private static String point(Scale scale, ChartPoint point) {
        return scale.format(point.value()) + " (" + point.label() + ", n=" + point.n() + ")";
    }

    private static String window(Scale scale, BeforeAfterChart.Window w) {
        String interval = w.hasInterval() ? ", 95 % interval " + scale.format(w.lower()) + " to "
                + scale.format(w.upper()) : "";
        return w.from() + " to " + w.to().minusDays(1) + ": " + scale.format(w.value()) + interval + ", n=" + w.n();
    }

    private static String marker(DateMarker marker) {
        return marker.date() + " (" + Objects.requireNonNull(marker.label()) + ")";
    }
}
