package rapport.kpi.improvement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.kpi.maths.ExpectedDirection;

@Schema(description = "An improvement action: what changed, why, and which KPI should move which way")
public record ImprovementRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Call-back checklist for delivery queries") String title,
        @NotBlank @Size(max = 5000) @Schema(description = "The feedback and analysis that led to the change",
                examples = "Customers rang back about missed deliveries (12 repeat contacts in March).")
        String description,
        @NotBlank @Schema(description = "KPI id (a proportion, NPS or a mean)", examples = "fcr") String targetKpi,
        @NotNull @Schema(examples = "UP") ExpectedDirection expectedDirection,
        @NotNull @Schema(description = "Date the change was put in place (team time zone)", examples = "2026-03-02")
        LocalDate dateInPlace,
        @Schema(description = "Default: 28 days before dateInPlace", examples = "2026-02-02") LocalDate baselineFrom,
        @Schema(description = "Exclusive; default dateInPlace", examples = "2026-03-02") LocalDate baselineTo,
        @Schema(description = "Default: dateInPlace", examples = "2026-03-02") LocalDate evaluationFrom,
        @Schema(description = "Exclusive; default 28 days after evaluationFrom", examples = "2026-03-30")
        LocalDate evaluationTo) {
}
