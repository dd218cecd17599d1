package rapport.customer.followups;

/**
 * {@code OPEN}: not completed; {@code DUE}: not completed and due by {@code dueBefore} (overdue ones
 * included); {@code OVERDUE}: not completed and past due; {@code COMPLETED}; {@code ALL}.
 */
public enum FollowUpState {
    OPEN, DUE, OVERDUE, COMPLETED, ALL
}
