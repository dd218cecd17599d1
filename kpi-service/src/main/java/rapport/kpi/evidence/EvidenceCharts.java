package rapport.kpi.evidence;

import java.util.List;
import java.util.Locale;
import rapport.charts.BeforeAfterChart;
import rapport.charts.ChartPoint;
import rapport.charts.DateMarker;
import rapport.charts.LineChart;
import rapport.charts.SvgCharts;
import rapport.kpi.improvement.ImprovementEvaluation;
import rapport.kpi.improvement.PlainWords;
import rapport.kpi.improvement.WindowResult;
import rapport.kpi.maths.Interval;
import rapport.kpi.report.KpiSeries;

/** The evidence PDF's charts, drawn by the charts library the web console uses too. */
final class EvidenceCharts {

    private EvidenceCharts() {
    }

    /** Every improvement's date in place, marked on each chart whose range includes it. */
    static List<DateMarker> markers(List<ImprovementEvaluation> improvements) {
        return improvements.stream()
                .map(e -> new DateMarker(e.improvement().dateInPlace(), e.improvement().title())).toList();
    }

    static String series(KpiSeries series, List<DateMarker> markers) {
        List<ChartPoint> points = series.points().stream()
                .map(p -> ChartPoint.of(p.from(), p.to(), p.result().value(), p.result().n())).toList();
        String title = series.kpi().title() + " per " + series.bucket().name().toLowerCase(Locale.ROOT);
        return SvgCharts.line(new LineChart("series-" + series.kpi().id(), title, PlainWords.scale(series.kpi().unit()),
                points, markers));
    }

    static String beforeAfter(ImprovementEvaluation e, int index) {
        String title = e.kpi().title() + " before and after: " + e.improvement().title();
        return SvgCharts.beforeAfter(new BeforeAfterChart("improvement-" + index, title,
                PlainWords.scale(e.kpi().unit()), window(e.baseline()), window(e.evaluation()),
                new DateMarker(e.improvement().dateInPlace(), e.improvement().title())));
    }

    private static BeforeAfterChart.Window window(WindowResult window) {
        Interval interval = window.interval();
        return new BeforeAfterChart.Window(window.from(), window.to(), window.result().value(),
                interval == null ? null : interval.lower(), interval == null ? null : interval.upper(),
                window.result().n());
    }
}
