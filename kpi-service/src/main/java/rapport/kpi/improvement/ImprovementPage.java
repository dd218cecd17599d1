package rapport.kpi.improvement;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a team's improvement actions, newest date in place first")
public record ImprovementPage(List<Improvement> items, int page, int size, long total) {
}
