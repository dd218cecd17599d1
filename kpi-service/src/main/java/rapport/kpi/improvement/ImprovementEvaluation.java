package rapport.kpi.improvement;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.kpi.maths.ExpectedDirection;
import rapport.kpi.maths.Interval;
import rapport.kpi.maths.Kpi;
import rapport.kpi.maths.StatisticalTest;
import rapport.kpi.maths.Verdict;

/**
 * The evaluation (docs/kpi-definitions.md, "Did a change work?") of one improvement action. {@code difference} and
 * {@code interval} are in
 * {@code differenceUnit}: percentage points for proportions, NPS points, or the KPI's own unit for
 * means. Null where a window has no observations.
 */
@Schema(description = "Before/after comparison of an improvement action's target KPI, with test and verdict")
public record ImprovementEvaluation(
        Improvement improvement,
        Kpi kpi,
        @Schema(examples = "fcr/v1") String definition,
        ExpectedDirection expectedDirection,
        WindowResult baseline,
        WindowResult evaluation,
        StatisticalTest test,
        @Schema(examples = "13.2") Double difference,
        @Schema(examples = "percentage-points") String differenceUnit,
        Interval interval,
        @Schema(description = "z or t", examples = "2.05") Double statistic,
        @Schema(description = "Welch–Satterthwaite df (Welch's test only)") Double degreesOfFreedom,
        @Schema(examples = "0.04") Double pValue,
        Verdict verdict,
        @Schema(examples = "FCR rose from 61 % (n=88) to 74 % (n=95); p = 0.04: a significant improvement.")
        String summary,
        Instant evaluatedAt) {
}
