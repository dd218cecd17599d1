package rapport.kpi.improvement;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.kpi.maths.KpiResult;

@Schema(description = "The target KPI in one window")
public record WindowResult(LocalDate from, LocalDate to, KpiResult result) {
}
