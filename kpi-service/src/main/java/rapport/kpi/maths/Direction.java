package rapport.kpi.maths;

/** Who started a contact: the customer ({@code INBOUND}) or the team ({@code OUTBOUND}). */
public enum Direction { INBOUND, OUTBOUND }
