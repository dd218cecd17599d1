package rapport.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plot area shared by every chart: a time axis over {@code [start, end)} (a day's start is its
 * x) and a value axis, in SVG user units. Computes where things go; the templates draw them.
 */
final class Frame {

    /**
     * The viewBox is narrow so that its text is large beside it: a page draws a chart at most {@code WIDTH} pixels
     * wide and, on a 360 px phone, about 310 px wide (the console's margins), where {@link #FONT_SIZE} units still
     * come out at 12.5 px; the evidence PDF draws it at its own size, 95 mm wide with 10.9 pt text.
     */
    static final int WIDTH = 360;
    static final double FONT_SIZE = 14.5;
    /** From one text row's baseline to the next. */
    static final double ROW = 17;
    static final int LEFT = 44;
    static final int RIGHT = 8;
    /** Room above the plot for the axis caption and the two rows of marker labels, so that no label covers data. */
    static final int TOP = 56;
    static final int PLOT_HEIGHT = 160;
    static final double PLOT_BOTTOM = TOP + PLOT_HEIGHT;
    static final double PLOT_RIGHT = WIDTH - RIGHT;
    /** The baseline of the first text row under the x axis. */
    private static final double BELOW_Y = PLOT_BOTTOM + 18;
    /** Marker labels take turns on two rows above the plot so that neighbouring dates stay readable. */
    private static final double[] MARKER_ROWS = { TOP - 7 - ROW, TOP - 7 };

    private final LocalDate start;
    private final LocalDate end;
    private final ValueAxis values;
    private final int rowsBelow;

    /** {@code rowsBelow}: the text rows under the x axis, which the chart's height makes room for. */
    Frame(LocalDate start, LocalDate end, ValueAxis values, int rowsBelow) {
        this.start = start;
        this.end = end;
        this.values = values;
        this.rowsBelow = rowsBelow;
    }

    /** The baseline of the {@code row}-th text row under the x axis, from 0. */
    static double below(int row) {
        return BELOW_Y + row * ROW;
    }

    double x(LocalDate date) {
        return x(date.toEpochDay());
    }

    /** x of a fractional day number, e.g. the middle of a bucket. */
    double x(double epochDay) {
        double days = end.toEpochDay() - start.toEpochDay();
        return LEFT + (PLOT_RIGHT - LEFT) * (epochDay - start.toEpochDay()) / days;
    }

    double y(double value) {
        double clamped = values.clamp(value);
        return PLOT_BOTTOM - (PLOT_BOTTOM - TOP) * (clamped - values.min()) / (values.max() - values.min());
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    Views.Axes axes(Scale scale, List<Views.Label> xLabels) {
        List<Views.Tick> ticks = values.ticks().stream()
                .map(v -> new Views.Tick(num(y(v)), num(y(v) + FONT_SIZE / 3), values.tickLabel(v))).toList();
        int height = (int) Math.ceil(below(rowsBelow - 1) + FONT_SIZE / 2);
        return new Views.Axes(WIDTH, height, num(FONT_SIZE), LEFT, TOP, num(PLOT_BOTTOM), num(PLOT_RIGHT),
                num(LEFT - 5), num((LEFT + PLOT_RIGHT) / 2), num((TOP + PLOT_BOTTOM) / 2), scale.caption(), ticks,
                xLabels);
    }

    /** The markers whose date falls in the frame, in date order. */
    List<Views.Marker> markers(List<DateMarker> markers) {
        List<DateMarker> shown = markers.stream().filter(m -> contains(m.date()))
                .sorted(java.util.Comparator.comparing(DateMarker::date)).toList();
        List<Views.Marker> views = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            DateMarker marker = shown.get(i);
            double x = x(marker.date());
            double third = (PLOT_RIGHT - LEFT) / 3;
            // a label runs right of its line in the left third, left of it in the right third, centred between
            String anchor = x < LEFT + third ? "start" : x > PLOT_RIGHT - third ? "end" : "middle";
            double textX = switch (anchor) {
                case "start" -> x + 3;
                case "end" -> x - 3;
                default -> x;
            };
            double textY = MARKER_ROWS[i % MARKER_ROWS.length];
            // the dashed line reaches up to its label's row
            views.add(new Views.Marker(num(x), num(textY + 4), num(PLOT_BOTTOM), num(textX), num(textY), anchor,
                    marker.shortLabel(), marker.date() + ": " + marker.label()));
        }
        return views;
    }

    /** Coordinates with one decimal, whatever the default locale. */
    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
