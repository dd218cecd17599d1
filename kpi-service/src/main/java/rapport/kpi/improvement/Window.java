package rapport.kpi.improvement;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A window [from, to) of calendar dates in the team's time zone")
public record Window(@Schema(examples = "2026-02-02") LocalDate from, @Schema(examples = "2026-03-02") LocalDate to) {
}
