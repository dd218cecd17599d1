package rapport.demo.plan;

/** The customer's potential value, as the course asks learners to categorise customers. */
public enum ValueSegment {
    HIGH, MEDIUM, LOW
}
