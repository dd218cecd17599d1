package rapport.kpi.evidence;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import rapport.kpi.maths.Interval;
import rapport.kpi.maths.KpiResult;
import rapport.kpi.report.KpiSeries;
import rapport.kpi.report.SeriesPoint;

/** The evidence pack's tables as CSV (RFC 4180): KPIs, series and the anonymised facts. */
final class CsvExport {

    private CsvExport() {
    }

    static String kpis(List<KpiResult> kpis) {
        return write(new String[] { "kpi", "title", "definition", "unit", "value", "numerator", "n", "interval_lower",
            "interval_upper", "interval_method" }, printer -> {
                for (KpiResult k : kpis) {
                    Interval i = k.interval();
                    printer.printRecord(k.kpi().id(), k.title(), k.definition(), k.unit().label(), k.value(),
                            k.numerator(), k.n(), i == null ? null : i.lower(), i == null ? null : i.upper(),
                            i == null ? null : i.method());
                }
            });
    }

    static String series(List<KpiSeries> series) {
        return write(new String[] { "kpi", "definition", "bucket", "bucket_from", "bucket_to", "value", "numerator",
            "n", "interval_lower", "interval_upper" }, printer -> {
                for (KpiSeries s : series) {
                    for (SeriesPoint p : s.points()) {
                        KpiResult r = p.result();
                        Interval i = r.interval();
                        printer.printRecord(s.kpi().id(), s.definition(), s.bucket().name().toLowerCase(), p.from(),
                                p.to(), r.value(), r.numerator(), r.n(), i == null ? null : i.lower(),
                                i == null ? null : i.upper());
                    }
                }
            });
    }

    static String cases(List<CaseFactRow> cases) {
        return write(new String[] { "opened_on", "category", "channel", "agent", "direction", "opener_outcome",
            "resolved_first_time", "status", "reopens", "hours_to_resolve", "complaint_steps" }, printer -> {
                for (CaseFactRow c : cases) {
                    printer.printRecord(c.openedOn(), c.category(), c.channel(), c.agent(), c.direction(),
                            c.openerOutcome(), c.resolvedFirstTime(), c.status(), c.reopens(), c.hoursToResolve(),
                            c.complaintSteps());
                }
            });
    }

    static String responses(List<ResponseFactRow> responses) {
        return write(new String[] { "submitted_on", "channel", "agent", "source", "csat", "nps", "ces", "reliability",
            "assurance", "tangibles", "empathy", "responsiveness" }, printer -> {
                for (ResponseFactRow r : responses) {
                    printer.printRecord(r.submittedOn(), r.channel(), r.agent(), r.source(), r.csat(), r.nps(), r.ces(),
                            r.reliability(), r.assurance(), r.tangibles(), r.empathy(), r.responsiveness());
                }
            });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String write(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
