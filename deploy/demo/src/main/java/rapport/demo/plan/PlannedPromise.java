package rapport.demo.plan;

/**
 * A follow-up promise made in the customer's contact number {@code contactNumber}; {@code completedAt} is null for
 * a promise not kept (yet): overdue once {@code dueAt} has passed.
 */
public record PlannedPromise(int contactNumber, String promise, String promisedTo, Moment promisedAt, Moment dueAt,
        Moment completedAt, String agent) {

    public boolean keptLate() {
        return completedAt != null && completedAt.isAfter(dueAt);
    }
}
