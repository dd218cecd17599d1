package rapport.customer.customers;

/** The customer's potential value to the business, as the learner categorises it. */
public enum ValueSegment {
    HIGH, MEDIUM, LOW
}
