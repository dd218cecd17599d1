package rapport.feedback.invitation;

/** Whether an invitation's link can still be answered. */
public enum InvitationStatus {
    OPEN, ANSWERED, EXPIRED,
    /** The customer was erased: the link no longer works. */
    WITHDRAWN
}
