package rapport.console.services.customers;

/** The four complaint-handling steps, in the order the course teaches them. */
public enum ComplaintStep {
    ACKNOWLEDGE, APOLOGISE, ACT, ASSURE
}
