package rapport.kpi.settings;

import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A team's KPI settings (the spec's defaults until the team changes them)")
public record TeamSettings(
        @Schema(examples = "demo") String teamId,
        @Schema(description = "FCR repeat window W in days", examples = "7") int repeatWindowDays,
        @Schema(description = "Complaint handling target in hours", examples = "72") int complaintTargetHours,
        @Schema(description = "Reporting time zone (IANA id)", examples = "Europe/London") String timeZone,
        @Schema(description = "Longest period one KPI request may cover, in days", examples = "400") int maxPeriodDays,
        @Schema(description = "Assessment criteria the evidence pack is mapped to") List<String> assessmentCriteria,
        @Schema(description = "False while the team uses the defaults") boolean customised) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
