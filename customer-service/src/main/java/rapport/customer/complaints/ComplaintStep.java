package rapport.customer.complaints;

/** The four complaint-handling steps of the course, in their usual order. */
public enum ComplaintStep {
    ACKNOWLEDGE, APOLOGISE, ACT, ASSURE
}
