package rapport.kpi.maths;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * promise-keeping/v1: of the promises due in the period that are completed or already past due,
 * the share completed at or before due. A promise still open and not yet due is not counted.
 */
public final class PromiseKeeping {

    private PromiseKeeping() {
    }

    public static KpiResult compute(List<PromiseFact> due, Instant now) {
        List<PromiseFact> decided = due.stream()
                .filter(p -> p.completedAt() != null || p.dueAt().isBefore(now)).toList();
        long kept = decided.stream()
                .filter(p -> p.completedAt() != null && !p.completedAt().isAfter(p.dueAt())).count();
        long overdueOpen = decided.stream().filter(p -> p.completedAt() == null).count();
        return KpiResult.percentage(Kpi.PROMISE_KEEPING, kept, decided.size(), null,
                Map.of("overdueOpen", overdueOpen, "notYetDue", due.size() - decided.size()));
    }
}
