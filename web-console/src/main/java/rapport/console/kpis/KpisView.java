package rapport.console.kpis;

import io.quarkus.qute.RawString;
import java.util.Arrays;
import java.util.List;
import rapport.console.services.customers.Category;
import rapport.console.services.customers.Channel;
import rapport.console.services.customers.CustomerKind;
import rapport.console.services.customers.ValueSegment;
import rapport.console.services.kpis.KpiReport;
import rapport.console.services.kpis.KpiResult;
import rapport.console.services.kpis.KpiTile;
import rapport.console.services.kpis.SeriesPoint;
import rapport.console.shell.FormErrors;

/**
 * What the KPI page shows: the filters as chosen, every KPI as a tile, the chosen KPIs as charts, and the errors of a
 * refused filter (then without numbers). {@code report} is null when kpi-service was not asked or refused.
 */
public record KpisView(KpiFilters filters, KpiReport report, List<Chart> charts, FormErrors errors) {

    /** One KPI's chart, its definition, and its buckets as a table (each value with its n). */
    public record Chart(String kpi, String title, String definition, RawString svg, List<Row> rows) {
    }

    /** One bucket of a chart's table. */
    public record Row(SeriesPoint point, String value) {
    }

    static Chart chart(KpiResult kpi, List<SeriesPoint> points, RawString svg) {
        KpiTile tile = KpiTile.of(kpi);
        return new Chart(kpi.kpi(), kpi.title(), tile.definition(), svg, points.stream()
                .map(p -> new Row(p, KpiTile.of(p.result()).value())).toList());
    }

    public List<KpiTile> tiles() {
        return report == null ? List.of() : report.kpis().stream().map(KpiTile::of).toList();
    }

    public List<KpiResult> kpis() {
        return report == null ? List.of() : report.kpis();
    }

    public List<Channel> channels() {
        return Arrays.asList(Channel.values());
    }

    public List<Category> categories() {
        return Arrays.asList(Category.values());
    }

    public List<CustomerKind> kinds() {
        return Arrays.asList(CustomerKind.values());
    }

    public List<ValueSegment> segments() {
        return Arrays.asList(ValueSegment.values());
    }
}
