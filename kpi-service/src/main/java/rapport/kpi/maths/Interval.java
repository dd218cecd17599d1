package rapport.kpi.maths;

/** A confidence interval (or margin of error) in the unit of the value it belongs to. */
public record Interval(double lower, double upper, double level, String method) {
}
