package rapport.kpi.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import rapport.kpi.maths.Unit;
import rapport.kpi.report.KpiSeries;
import rapport.kpi.report.SeriesPoint;

/** Draws a KPI time series as an SVG line chart (vector graphics, embedded in the PDF as is). */
final class SvgChart {

    static final int WIDTH = 500;
    static final int HEIGHT = 150;
    private static final int LEFT = 44;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 26;

    private SvgChart() {
    }

    static String line(KpiSeries series) {
        List<SeriesPoint> points = series.points();
        double[] range = range(series);
        StringBuilder svg = new StringBuilder(String.format(Locale.UK,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        int plotBottom = HEIGHT - BOTTOM;
        svg.append(line(LEFT, TOP, LEFT, plotBottom, "#000", 0.8)).append(line(LEFT, plotBottom, WIDTH - RIGHT,
                plotBottom, "#000", 0.8));
        for (int i = 0; i <= 4; i++) {
            double value = range[0] + (range[1] - range[0]) * i / 4.0;
            double y = y(value, range);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#bbb", 0.4))
                    .append(text(LEFT - 4, y + 3, "end", String.format(Locale.UK, "%.0f", value)));
        }
        if (!points.isEmpty()) {
            svg.append(text(LEFT, HEIGHT - 8, "start", points.getFirst().from().toString()))
                    .append(text(WIDTH - RIGHT, HEIGHT - 8, "end", points.getLast().from().toString()));
        }
        List<String> segment = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Double value = points.get(i).result().value();
            if (value == null) {
                svg.append(polyline(segment));
                segment.clear();
                continue;
            }
            double x = x(i, points.size());
            double y = y(value, range);
            segment.add(String.format(Locale.UK, "%.1f,%.1f", x, y));
            svg.append(String.format(Locale.UK, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.2\" fill=\"#1f4e79\"/>", x, y));
        }
        svg.append(polyline(segment));
        return svg.append("</svg>").toString();
    }

    /** Fixed scales for shares and NPS; the data's own range (from 0) for means, hours and minutes. */
    private static double[] range(KpiSeries series) {
        Unit unit = series.kpi().unit();
        if (unit == Unit.PERCENT) {
            return new double[] { 0, 100 };
        }
        if (unit == Unit.NPS_POINTS) {
            return new double[] { -100, 100 };
        }
        double max = series.points().stream().map(p -> p.result().value()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(1);
        double top = unit == Unit.MEAN_SCORE ? Math.max(5, Math.ceil(max)) : Math.max(1, Math.ceil(max * 1.1));
        return new double[] { 0, top };
    }

    private static double x(int index, int count) {
        double width = WIDTH - LEFT - RIGHT;
        return count == 1 ? LEFT + width / 2 : LEFT + width * index / (count - 1);
    }

    private static double y(double value, double[] range) {
        double height = HEIGHT - TOP - BOTTOM;
        return HEIGHT - BOTTOM - height * (value - range[0]) / (range[1] - range[0]);
    }

    private static String polyline(List<String> segment) {
        if (segment.size() < 2) {
            return "";
        }
        return "<polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"1.4\" points=\"" + String.join(" ", segment)
                + "\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width) {
        return String.format(Locale.UK,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>", x1, y1, x2,
                y2, colour, width);
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(Locale.UK,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"8\" font-family=\"sans-serif\" text-anchor=\"%s\">%s</text>", x,
                y, anchor, Html.escape(content));
    }
}
