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

    static final int WIDTH = 520;
    static final int HEIGHT = 180;
    static final int LEFT = 46;
    static final int RIGHT = 14;
    static final int TOP = 20;
    static final int BOTTOM = 32;
    static final double PLOT_BOTTOM = HEIGHT - BOTTOM;
    static final double PLOT_RIGHT = WIDTH - RIGHT;
    /** The baseline of the first text row under the x axis. */
    static final double BELOW_Y = PLOT_BOTTOM + 12;
    /** Marker labels take turns on two rows so that neighbouring dates stay readable. */
    private static final double[] MARKER_ROWS = { TOP + 9, TOP + 19 };

    private final LocalDate start;
    private final LocalDate end;
    private final ValueAxis values;

    Frame(LocalDate start, LocalDate end, ValueAxis values) {
        this.start = start;
        this.end = end;
        this.values = values;
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
                .map(v -> new Views.Tick(num(y(v)), num(y(v) + 3), values.tickLabel(v))).toList();
        return new Views.Axes(WIDTH, HEIGHT, LEFT, TOP, num(PLOT_BOTTOM), num(PLOT_RIGHT), num(LEFT - 4),
                num(BELOW_Y), num(BELOW_Y + 11), num((LEFT + PLOT_RIGHT) / 2), num((TOP + PLOT_BOTTOM) / 2),
                scale.caption(), ticks, xLabels);
    }

    /** The markers whose date falls in the frame, in date order. */
    List<Views.Marker> markers(List<DateMarker> markers) {
        List<DateMarker> shown = markers.stream().filter(m -> contains(m.date()))
                .sorted(java.util.Comparator.comparing(DateMarker::date)).toList();
        List<Views.Marker> views = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            DateMarker marker = shown.get(i);
            double x = x(marker.date());
            boolean rightHalf = x > LEFT + (PLOT_RIGHT - LEFT) * 0.6;
            views.add(new Views.Marker(num(x), TOP, num(PLOT_BOTTOM), num(rightHalf ? x - 3 : x + 3),
                    num(MARKER_ROWS[i % MARKER_ROWS.length]), rightHalf ? "end" : "start", marker.shortLabel(),
                    marker.date() + ": " + marker.label()));
        }
        return views;
    }

    /** Coordinates with one decimal, whatever the default locale. */
    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
