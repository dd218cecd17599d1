package rapport.kpi.maths;

import java.time.Instant;

/** A follow-up promise due in the period; {@code completedAt} is null while it is open. */
public record PromiseFact(Instant dueAt, Instant completedAt) {
}
