package rapport.customer.interactions;

/** How a contact ended; it drives the status of its case (see {@code rapport.customer.cases.CaseHistory}). */
public enum Outcome {
    RESOLVED, FOLLOW_UP_REQUIRED, ESCALATED, REFERRED, NO_RESPONSE, INFO_ONLY
}
