package rapport.kpi.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.kpi.maths.BucketSize;
import rapport.kpi.maths.Kpi;

@Schema(description = "A KPI per day, ISO week or calendar month of the team's time zone")
public record KpiSeries(@Schema(examples = "demo") String teamId, Kpi kpi, @Schema(examples = "fcr/v1") String definition,
        BucketSize bucket, LocalDate from, LocalDate to, String timeZone, KpiFilter filter, Instant generatedAt,
        List<SeriesPoint> points) {
}
