package rapport.feedback.invitation;

/** Why an invitation exists. */
public enum Origin {
    /** A case was resolved for a customer who agreed to surveys. */
    CASE_RESOLVED,
    /** A team member created it. */
    MANUAL
}
