package rapport.console.evidence;

import java.util.Arrays;
import java.util.List;
import rapport.console.kpis.KpiFilters;
import rapport.console.services.customers.CustomerKind;
import rapport.console.services.customers.ValueSegment;
import rapport.console.services.kpis.EvidencePack;
import rapport.console.services.kpis.KpiTile;
import rapport.console.shell.FormErrors;

/**
 * The evidence page: the period and filters as chosen and, once asked, a preview of the pack (kpi-service's JSON of
 * it: the same numbers the PDF and the ZIP hold). {@code pack} is null before a preview or after a refusal.
 */
public record EvidenceView(KpiFilters filters, EvidencePack pack, FormErrors errors) {

    /** The files of the ZIP (docs/kpi-service.md, "Evidence pack"). */
    static final List<String> ZIP_FILES = List.of("evidence.pdf: the printable report",
            "evidence.json: the same numbers, machine-readable", "kpis.csv: every KPI with numerator, n and definition",
            "series.csv: every KPI per bucket", "cases.csv: anonymised cases", "responses.csv: anonymised survey answers",
            "manifest.json: each file with the assessment criteria it evidences");
    /** Comments quoted in the preview; the pack has them all. */
    static final int QUOTED = 5;

    public List<KpiTile> tiles() {
        return pack.kpis().stream().map(KpiTile::of).toList();
    }

    public List<EvidencePack.Comment> quoted() {
        return pack.comments().stream().limit(QUOTED).toList();
    }

    /** How many comments the pack has beyond those quoted. */
    public int moreComments() {
        return pack.comments().size() - quoted().size();
    }

    /** The pack's charts are per day for periods up to 31 days, per ISO week otherwise (docs/kpi-service.md). */
    public String chartBucket() {
        return java.time.temporal.ChronoUnit.DAYS.between(pack.from(), pack.to()) <= 31 ? "day" : "ISO week";
    }

    public List<String> zipFiles() {
        return ZIP_FILES;
    }

    /** The download link's query: the period and filters of the preview. */
    public String download(String format) {
        return "format=" + format + "&" + filters.queryString();
    }

    public List<CustomerKind> kinds() {
        return Arrays.asList(CustomerKind.values());
    }

    public List<ValueSegment> segments() {
        return Arrays.asList(ValueSegment.values());
    }
}
