package rapport.console.kpis;

import io.quarkus.qute.RawString;
import java.util.List;
import rapport.charts.BeforeAfterChart;
import rapport.charts.ChartPoint;
import rapport.charts.DateMarker;
import rapport.charts.LineChart;
import rapport.charts.SvgCharts;
import rapport.console.services.kpis.Improvement;
import rapport.console.services.kpis.ImprovementEvaluation;
import rapport.console.services.kpis.Interval;
import rapport.console.services.kpis.KpiSeries;
import rapport.console.services.kpis.KpiTile;

/**
 * The console's charts, drawn by libs/charts exactly as kpi-service draws them in the evidence PDF (docs/kpi-service.md,
 * "Evidence pack"): a KPI series with the team's improvement dates marked, an improvement's before/after. The SVG is
 * written by the library's Qute templates, which escape every value (libs/charts/README.md), so pages include it as
 * it is ({@link RawString}).
 */
public final class KpiCharts {

    private KpiCharts() {
    }

    /** Every improvement's date in place, marked on each chart whose range includes it. */
    public static List<DateMarker> markers(List<Improvement> improvements) {
        return improvements.stream().map(i -> new DateMarker(i.dateInPlace(), i.title())).toList();
    }

    public static RawString series(KpiSeries series, String title, String unit, List<DateMarker> markers) {
        List<ChartPoint> points = series.points().stream()
                .map(p -> ChartPoint.of(p.from(), p.to(), p.result().value(), p.result().n())).toList();
        return new RawString(SvgCharts.line(new LineChart("chart-" + series.kpi(), title + " per " + series.bucket()
                .toLowerCase(java.util.Locale.ROOT), KpiTile.scale(unit), points, markers)));
    }

    public static RawString beforeAfter(ImprovementEvaluation e) {
        Improvement improvement = e.improvement();
        String title = e.baseline().result().title() + " before and after: " + improvement.title();
        return new RawString(SvgCharts.beforeAfter(new BeforeAfterChart("before-after-" + improvement.id(), title,
                KpiTile.scale(e.baseline().result().unit()), window(e.baseline()), window(e.evaluation()),
                new DateMarker(improvement.dateInPlace(), improvement.title()))));
    }

    private static BeforeAfterChart.Window window(ImprovementEvaluation.WindowResult window) {
        Interval interval = window.interval();
        boolean bounded = interval != null && interval.lower() != null && interval.upper() != null;
        return new BeforeAfterChart.Window(window.from(), window.to(), window.result().value(),
                bounded ? interval.lower() : null, bounded ? interval.upper() : null, window.result().n());
    }
}
