package rapport.kpi.report;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.kpi.maths.KpiResult;

@Schema(description = "One bucket of a time series, computed as if it were the period")
public record SeriesPoint(@Schema(examples = "2026-03-02") LocalDate from, @Schema(examples = "2026-03-09") LocalDate to,
        KpiResult result) {
}
