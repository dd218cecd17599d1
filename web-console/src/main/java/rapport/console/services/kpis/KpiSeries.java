package rapport.console.services.kpis;

import java.time.LocalDate;
import java.util.List;

/** One KPI as a time series in DAY, WEEK or MONTH buckets. */
public record KpiSeries(String teamId, String kpi, String definition, String bucket, LocalDate from, LocalDate to,
        String timeZone, List<SeriesPoint> points) {
}
