package rapport.console.services.customers;

/** INBOUND: the customer got in touch; OUTBOUND: the team did. */
public enum Direction {
    INBOUND, OUTBOUND
}
