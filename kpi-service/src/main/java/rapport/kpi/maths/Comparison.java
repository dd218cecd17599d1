package rapport.kpi.maths;

/**
 * The difference between a baseline and an evaluation window and whether it is real: {@code
 * difference = after − before} in the unit of the test (a proportion as a fraction, NPS in points,
 * a mean in its own unit), its 95 % interval, the test statistic (z or t), the degrees of freedom
 * for Welch's test (null otherwise) and the two-sided p-value.
 */
public record Comparison(StatisticalTest test, double before, double after, double difference, Interval interval,
        double statistic, Double degreesOfFreedom, double pValue) {
}
