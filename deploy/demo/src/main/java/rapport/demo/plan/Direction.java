package rapport.demo.plan;

/** INBOUND: the customer got in touch; OUTBOUND: the desk did. */
public enum Direction {
    INBOUND, OUTBOUND
}
