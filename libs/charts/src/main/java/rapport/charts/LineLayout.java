package rapport.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Places a {@link LineChart}'s buckets at their middle day, joins neighbours with data, leaves gaps where a value is null. */
final class LineLayout {

    private LineLayout() {
    }

    static String render(LineChart chart) {
        List<ChartPoint> points = chart.points();
        ValueAxis values = chart.scale().axis(points.stream().map(ChartPoint::value).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue));
        if (points.isEmpty()) {
            Frame frame = new Frame(LocalDate.EPOCH, LocalDate.EPOCH.plusDays(1), values, 1);
            return Templates.line(new Views.Line(chart.id(), chart.title(), Summaries.line(chart), List.of(), List.of(),
                    "No data"), frame.axes(chart.scale(), List.of()), List.of());
        }
        Frame frame = new Frame(points.getFirst().from(), points.getLast().to(), values, 1);
        List<String> segments = new ArrayList<>();
        List<Views.Point> dots = new ArrayList<>();
        List<String> segment = new ArrayList<>();
        for (ChartPoint point : points) {
            if (point.value() == null) {
                addSegment(segments, segment);
                continue;
            }
            String x = Frame.num(middle(frame, point));
            String y = Frame.num(frame.y(point.value()));
            segment.add(x + "," + y);
            dots.add(new Views.Point(x, y, point.label() + ": " + chart.scale().format(point.value()) + " (n="
                    + point.n() + ")"));
        }
        addSegment(segments, segment);
        Views.Line line = new Views.Line(chart.id(), chart.title(), Summaries.line(chart), segments, dots,
                dots.isEmpty() ? "No data" : null);
        return Templates.line(line, frame.axes(chart.scale(), xLabels(frame, points)), frame.markers(chart.markers()));
    }

    private static double middle(Frame frame, ChartPoint point) {
        return frame.x((point.from().toEpochDay() + point.to().toEpochDay()) / 2.0);
    }

    private static void addSegment(List<String> segments, List<String> segment) {
        if (segment.size() >= 2) {
            segments.add(String.join(" ", segment));
        }
        segment.clear();
    }

    /** The first and last buckets' labels at the axis ends, and the middle one's under it on longer series. */
    private static List<Views.Label> xLabels(Frame frame, List<ChartPoint> points) {
        String y = Frame.num(Frame.below(0));
        if (points.size() == 1) {
            return List.of(new Views.Label(Frame.num(middle(frame, points.getFirst())), y, "middle",
                    points.getFirst().label()));
        }
        List<Views.Label> labels = new ArrayList<>();
        labels.add(new Views.Label(Frame.num(Frame.LEFT), y, "start", points.getFirst().label()));
        if (points.size() >= 5) {
            ChartPoint middle = points.get(points.size() / 2);
            labels.add(new Views.Label(Frame.num(middle(frame, middle)), y, "middle", middle.label()));
        }
        labels.add(new Views.Label(Frame.num(Frame.PLOT_RIGHT), y, "end", points.getLast().label()));
        return labels;
    }
}
