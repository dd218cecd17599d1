package rapport.customer.interactions;

/** Who started the contact: the customer ({@code INBOUND}) or the team ({@code OUTBOUND}). */
public enum Direction {
    INBOUND, OUTBOUND
}
