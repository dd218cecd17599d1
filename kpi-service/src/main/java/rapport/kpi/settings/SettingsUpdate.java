package rapport.kpi.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "New KPI settings for a team (all fields)")
public record SettingsUpdate(
        @NotNull @Min(1) @Max(90) @Schema(examples = "7") Integer repeatWindowDays,
        @NotNull @Min(1) @Max(2160) @Schema(examples = "72") Integer complaintTargetHours,
        @NotBlank @Schema(examples = "Europe/London") String timeZone,
        @NotNull @Min(1) @Max(1100) @Schema(examples = "400") Integer maxPeriodDays,
        @NotNull @Size(min = 1, max = 30) @Schema(examples = "[\"Collects and acts on customer feedback\"]")
        List<@NotBlank @Size(max = 200) String> assessmentCriteria) {
}
