package rapport.kpi.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.kpi.maths.KpiResult;

@Schema(description = "Every KPI (docs/kpi-definitions.md) for a team and a period [from, to) of the team's calendar")
public record KpiReport(
        @Schema(examples = "demo") String teamId,
        @Schema(examples = "2026-01-01") LocalDate from,
        @Schema(examples = "2026-04-01") LocalDate to,
        @Schema(examples = "Europe/London") String timeZone,
        KpiFilter filter,
        @Schema(description = "FCR repeat window W in days", examples = "7") int repeatWindowDays,
        @Schema(examples = "72") int complaintTargetHours,
        Instant generatedAt,
        List<KpiResult> kpis) {

    public KpiResult kpi(rapport.kpi.maths.Kpi kpi) {
        return kpis.stream().filter(r -> r.kpi() == kpi).findFirst().orElseThrow();
    }
}
