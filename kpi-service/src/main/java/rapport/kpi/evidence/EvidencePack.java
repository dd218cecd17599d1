package rapport.kpi.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.kpi.improvement.ImprovementEvaluation;
import rapport.kpi.maths.KpiResult;
import rapport.kpi.report.KpiSeries;

/** Everything an evidence pack shows, in every format. Holds no customer name, e-mail, phone or id. */
@Schema(description = "The evidence pack's numbers, machine-readable")
public record EvidencePack(
        @Schema(examples = "demo") String teamId,
        @Schema(description = "Only this team member (null: the whole team)", examples = "alice") String agent,
        @Schema(description = "Only customers of this kind (null: every kind)", examples = "EXTERNAL")
        String customerKind,
        @Schema(description = "Only customers of this value segment (null: every segment)", examples = "HIGH")
        String valueSegment,
        LocalDate from,
        LocalDate to,
        String timeZone,
        Instant generatedAt,
        int repeatWindowDays,
        int complaintTargetHours,
        List<String> assessmentCriteria,
        List<KpiResult> kpis,
        List<KpiSeries> series,
        List<ImprovementEvaluation> improvements,
        List<AnonymisedComment> comments) {
}
