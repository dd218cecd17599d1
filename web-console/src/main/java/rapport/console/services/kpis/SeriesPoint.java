package rapport.console.services.kpis;

import java.time.LocalDate;

/** One bucket of a KPI time series, computed as if it were the period. */
public record SeriesPoint(LocalDate from, LocalDate to, KpiResult result) {
}
