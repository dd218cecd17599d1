package rapport.charts;

/**
 * The charts Rapport shows, as SVG documents (a root {@code <svg>} element with {@code role="img"},
 * a {@code <title>} and a {@code <desc>} summarising the data) that render alike in a browser,
 * inline in HTML, and in openhtmltopdf's PDF (Batik). Stateless and thread-safe.
 */
public final class SvgCharts {

    private SvgCharts() {
    }

    /** A time series as a line with a dot per bucket that has data, gaps where it has none, and its date markers. */
    public static String line(LineChart chart) {
        return LineLayout.render(chart);
    }

    /** An improvement's before and after windows with their 95 % intervals and the date in place marked. */
    public static String beforeAfter(BeforeAfterChart chart) {
        return BeforeAfterLayout.render(chart);
    }
}
