package rapport.console.services.customers;

/** How a contact ended; it sets the status of its case. */
public enum Outcome {
    RESOLVED, FOLLOW_UP_REQUIRED, ESCALATED, REFERRED, NO_RESPONSE, INFO_ONLY
}
