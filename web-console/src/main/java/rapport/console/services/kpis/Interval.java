package rapport.console.services.kpis;

/** A confidence interval or margin of error of a KPI value. */
public record Interval(Double lower, Double upper, Double level, String method) {
}
