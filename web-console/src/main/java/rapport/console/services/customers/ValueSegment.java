package rapport.console.services.customers;

/** A customer's potential value to the business. */
public enum ValueSegment {
    HIGH, MEDIUM, LOW
}
