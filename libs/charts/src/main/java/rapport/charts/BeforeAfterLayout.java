package rapport.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Draws each window as a band across its days at the height of its 95 % interval, with its value as
 * a line through it and an error bar at its middle. Before is grey and dashed, after blue and solid,
 * and each is named under the axis, so neither colour nor pattern alone tells them apart.
 */
final class BeforeAfterLayout {

    private static final double CAP = 6;

    private BeforeAfterLayout() {
    }

    static String render(BeforeAfterChart chart) {
        BeforeAfterChart.Window before = chart.baseline();
        BeforeAfterChart.Window after = chart.evaluation();
        ValueAxis values = chart.scale().axis(Stream.of(before, after)
                .flatMap(w -> Stream.of(w.value(), w.lower(), w.upper())).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue));
        var end = after.to().isAfter(before.to()) ? after.to() : before.to();
        Frame frame = new Frame(before.from(), end, values, 3);
        List<Views.Window> windows = List.of(
                window(frame, chart.scale(), "Before", before, "#595959", "#e6e6e6", "5 3"),
                window(frame, chart.scale(), "After", after, "#1f4e79", "#d6e4f2", "none"));
        var view = new Views.BeforeAfter(chart.id(), chart.title(), Summaries.beforeAfter(chart), windows);
        return Templates.beforeAfter(view, frame.axes(chart.scale(), xLabels(frame, before.from(), end, chart.inPlace())),
                frame.markers(List.of(chart.inPlace())));
    }

    /** Under the axis: the first day, the date in place at its marker, the last day. */
    private static List<Views.Label> xLabels(Frame frame, LocalDate first, LocalDate end, DateMarker inPlace) {
        String y = Frame.num(Frame.below(0));
        List<Views.Label> labels = new ArrayList<>();
        labels.add(new Views.Label(Frame.num(Frame.LEFT), y, "start", first.toString()));
        if (frame.contains(inPlace.date()) && !inPlace.date().equals(first)) {
            labels.add(new Views.Label(Frame.num(frame.x(inPlace.date())), y, "middle", inPlace.date().toString()));
        }
        labels.add(new Views.Label(Frame.num(Frame.PLOT_RIGHT), y, "end", end.minusDays(1).toString()));
        return labels;
    }

    private static Views.Window window(Frame frame, Scale scale, String name, BeforeAfterChart.Window w, String stroke,
            String band, String dash) {
        double left = frame.x(w.from());
        double right = frame.x(w.to());
        double centre = (left + right) / 2;
        double valueY = w.value() == null ? Frame.PLOT_BOTTOM : frame.y(w.value());
        double upperY = w.hasInterval() ? frame.y(w.upper()) : valueY;
        double lowerY = w.hasInterval() ? frame.y(w.lower()) : valueY;
        return new Views.Window(name, Frame.num(left), Frame.num(right), Frame.num(right - left), Frame.num(centre), Frame.num(valueY),
                Frame.num(upperY), Frame.num(lowerY - upperY), w.value() != null, w.hasInterval(), Frame.num(upperY),
                Frame.num(lowerY), Frame.num(centre - CAP), Frame.num(centre + CAP), stroke, band, dash,
                scale.format(w.value()), "(n=" + w.n() + ")", Frame.num(Frame.below(1)), Frame.num(Frame.ROW));
    }
}
