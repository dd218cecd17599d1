package rapport.kpi.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.kpi.maths.ExpectedDirection;

@Schema(description = "An improvement action as stored")
public record Improvement(UUID id, String teamId, String title, String description, String targetKpi,
        ExpectedDirection expectedDirection, LocalDate dateInPlace, Window baseline, Window evaluation,
        String createdBy, Instant createdAt, Instant updatedAt) {

    static Improvement of(ImprovementAction action) {
        return new Improvement(action.id, action.teamId, action.title, action.description, action.targetKpi,
                action.expectedDirection, action.dateInPlace, new Window(action.baselineFrom, action.baselineTo),
                new Window(action.evaluationFrom, action.evaluationTo), action.createdBy, action.createdAt,
                action.updatedAt);
    }
}
