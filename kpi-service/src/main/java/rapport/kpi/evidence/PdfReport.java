package rapport.kpi.evidence;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import rapport.kpi.improvement.ImprovementEvaluation;
import rapport.kpi.improvement.PlainWords;
import rapport.kpi.improvement.WindowResult;
import rapport.kpi.maths.Interval;
import rapport.kpi.maths.Kpi;
import rapport.kpi.maths.KpiResult;
import rapport.kpi.report.KpiSeries;

/** Renders an evidence pack as a print-friendly PDF: XHTML with inline SVG charts, through openhtmltopdf. */
@ApplicationScoped
public class PdfReport {

    /** The KPIs charted in the PDF; the CSV and JSON carry every series. */
    static final Set<Kpi> CHARTED = EnumSet.of(Kpi.FCR, Kpi.CSAT, Kpi.NPS, Kpi.CES, Kpi.RETENTION, Kpi.RESPONSE_RATE,
            Kpi.COMPLAINT_MEDIAN_HOURS, Kpi.PROMISE_KEEPING, Kpi.AHT);
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);
    private static final String STYLE = """
            @page { size: A4; margin: 16mm 14mm; @bottom-center { content: "Page " counter(page) " of " counter(pages);
              font-size: 8pt; } }
            body { font-family: sans-serif; font-size: 9.5pt; color: #000; }
            h1 { font-size: 17pt; margin: 0 0 4pt 0; } h2 { font-size: 13pt; margin: 14pt 0 4pt 0;
              border-bottom: 1pt solid #000; } h3 { font-size: 10.5pt; margin: 8pt 0 2pt 0; }
            table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #666; padding: 2.5pt 4pt;
              vertical-align: top; text-align: left; } th { background: #e8e8e8; }
            td.num { text-align: right; white-space: nowrap; } .small { font-size: 8pt; color: #333; }
            .chart, .action { page-break-inside: avoid; } .verdict { font-weight: bold; }
            blockquote { margin: 4pt 0 4pt 10pt; padding-left: 6pt; border-left: 2pt solid #999; }
            """;

    public byte[] render(EvidencePack pack) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html(pack), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String html(EvidencePack pack) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<meta charset=\"UTF-8\"/><title>Evidence pack</title><style>" + STYLE + "</style></head><body>");
        html.append("<h1>Evidence pack: team ").append(Html.escape(pack.teamId())).append("</h1>")
                .append("<p>Period: <b>").append(pack.from()).append("</b> to <b>").append(pack.to().minusDays(1))
                .append("</b> inclusive (").append(Html.escape(pack.timeZone())).append(" time). ")
                .append(pack.agent() == null ? "Whole team." : "Team member: " + Html.escape(pack.agent()) + ".")
                .append(customers(pack))
                .append(" Generated ").append(GENERATED.format(pack.generatedAt())).append(".</p>")
                .append("<p class=\"small\">FCR repeat window W = ").append(pack.repeatWindowDays())
                .append(" days; complaint target ").append(pack.complaintTargetHours()).append(" hours. Every figure ")
                .append("shows n, the number of observations it was computed from; n/a means n = 0. No customer ")
                .append("names, e-mail addresses or phone numbers appear in this pack.</p>");
        criteria(html, pack);
        kpiTable(html, pack);
        improvements(html, pack);
        charts(html, pack);
        comments(html, pack);
        return html.append("</body></html>").toString();
    }

    /** e.g. " Only external customers of high value." (the customer filters, as docs/kpi-definitions.md applies them) */
    private static String customers(EvidencePack pack) {
        if (pack.customerKind() == null && pack.valueSegment() == null) {
            return "";
        }
        String kind = pack.customerKind() == null ? "" : pack.customerKind().toLowerCase(Locale.ROOT) + " ";
        String value = pack.valueSegment() == null ? "" : " of " + pack.valueSegment().toLowerCase(Locale.ROOT)
                + " value";
        return " Only " + kind + "customers" + value + ".";
    }

    private static void criteria(StringBuilder html, EvidencePack pack) {
        html.append("<h2>Assessment criteria this pack evidences</h2><ul>");
        pack.assessmentCriteria().forEach(c -> html.append("<li>").append(Html.escape(c)).append("</li>"));
        html.append("</ul>");
    }

    private static void kpiTable(StringBuilder html, EvidencePack pack) {
        html.append("<h2>KPI summary</h2><table><tr><th>KPI</th><th>Value</th><th>n</th><th>95 % interval</th>"
                + "<th>Definition</th></tr>");
        for (KpiResult kpi : pack.kpis()) {
            html.append("<tr><td>").append(Html.escape(kpi.title())).append("</td><td class=\"num\">")
                    .append(Html.escape(PlainWords.number(kpi.value(), kpi.unit()))).append("</td><td class=\"num\">")
                    .append(kpi.n()).append("</td><td class=\"num\">").append(Html.escape(interval(kpi)))
                    .append("</td><td class=\"small\">").append(Html.escape(Definitions.of(kpi.kpi())))
                    .append(" <i>(").append(kpi.definition()).append(")</i></td></tr>");
        }
        html.append("</table>");
    }

    private static void improvements(StringBuilder html, EvidencePack pack) {
        html.append("<h2>Improvement actions: before and after</h2>");
        if (pack.improvements().isEmpty()) {
            html.append("<p>No improvement action with a started evaluation window.</p>");
        }
        for (int i = 0; i < pack.improvements().size(); i++) {
            ImprovementEvaluation e = pack.improvements().get(i);
            html.append("<div class=\"action\"><h3>").append(Html.escape(e.improvement().title())).append("</h3><p>")
                    .append(Html.escape(e.improvement().description())).append("</p><p class=\"small\">Put in place ")
                    .append(e.improvement().dateInPlace()).append("; target ").append(Html.escape(e.kpi().title()))
                    .append(" (").append(e.definition()).append("), expected to go ")
                    .append(e.expectedDirection().name().toLowerCase(Locale.ROOT)).append(".</p><p class=\"verdict\">")
                    .append(Html.escape(e.summary())).append("</p><table><tr><th>Window</th><th>Dates</th>"
                            + "<th>Value</th><th>95 % interval</th><th>n</th></tr>");
            row(html, "Before (baseline)", e.baseline());
            row(html, "After (evaluation)", e.evaluation());
            html.append("</table><p class=\"small\">Difference ").append(e.difference() == null ? "n/a"
                    : String.format(Locale.UK, "%+.2f %s", e.difference(), e.differenceUnit()));
            if (e.interval() != null) {
                html.append(String.format(Locale.UK, ", 95 %% interval %.2f to %.2f", e.interval().lower(),
                        e.interval().upper()));
            }
            if (e.pValue() != null) {
                html.append("; ").append(testName(e)).append(", ").append(Html.escape(PlainWords.pValue(e.pValue())));
            }
            html.append("; verdict ").append(e.verdict()).append(".</p>").append(EvidenceCharts.beforeAfter(e, i + 1))
                    .append("</div>");
        }
    }

    private static void row(StringBuilder html, String label, WindowResult window) {
        KpiResult result = window.result();
        html.append("<tr><td>").append(label).append("</td><td>").append(window.from()).append(" to ")
                .append(window.to().minusDays(1)).append("</td><td class=\"num\">")
                .append(Html.escape(PlainWords.number(result.value(), result.unit()))).append("</td><td class=\"num\">")
                .append(Html.escape(interval(window.interval()))).append("</td><td class=\"num\">")
                .append(result.n()).append("</td></tr>");
    }

    private static String testName(ImprovementEvaluation e) {
        return switch (e.test()) {
            case TWO_PROPORTIONS -> "two-proportion z-test";
            case NPS_DIFFERENCE -> "NPS difference z-test";
            case WELCH -> "Welch's t-test";
            case NONE -> "no test";
        };
    }

    private static void charts(StringBuilder html, EvidencePack pack) {
        html.append("<h2>KPIs over time</h2>");
        var markers = EvidenceCharts.markers(pack.improvements());
        for (KpiSeries series : pack.series()) {
            if (!CHARTED.contains(series.kpi())) {
                continue;
            }
            long n = series.points().stream().mapToLong(p -> p.result().n()).sum();
            html.append("<div class=\"chart\"><h3>").append(Html.escape(series.kpi().title())).append(" per ")
                    .append(series.bucket().name().toLowerCase(Locale.ROOT)).append(" <span class=\"small\">(")
                    .append(series.definition()).append("; ").append(n).append(" observations in all)</span></h3>")
                    .append(EvidenceCharts.series(series, markers)).append("</div>");
        }
    }

    private static void comments(StringBuilder html, EvidencePack pack) {
        html.append("<h2>What customers said</h2>");
        if (pack.comments().isEmpty()) {
            html.append("<p>No comments in this period.</p>");
        }
        for (AnonymisedComment comment : pack.comments()) {
            html.append("<blockquote>").append(Html.escape(comment.text())).append("<br/><span class=\"small\">")
                    .append(comment.date()).append(comment.channel() == null ? "" : ", " + comment.channel())
                    .append(comment.csat() == null ? "" : ", CSAT " + comment.csat())
                    .append(comment.nps() == null ? "" : ", NPS answer " + comment.nps())
                    .append("</span></blockquote>");
        }
    }

    private static String interval(KpiResult kpi) {
        return interval(kpi.interval());
    }

    private static String interval(Interval interval) {
        return interval == null ? "" : String.format(Locale.UK, "%.1f to %.1f", interval.lower(), interval.upper());
    }
}
