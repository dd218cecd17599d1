package rapport.demo.plan;

/** The four complaint-handling steps of the course, in the order they are normally taken. */
public enum ComplaintStep {
    ACKNOWLEDGE, APOLOGISE, ACT, ASSURE
}
