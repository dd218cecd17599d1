package rapport.kpi.summary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Counts of what kpi-service knows about a team")
public record TeamSummary(String teamId, @Schema(description = "Customers registered in the team") long customers) {
}
