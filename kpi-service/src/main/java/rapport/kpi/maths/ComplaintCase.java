package rapport.kpi.maths;

/** A complaint case resolved in the period: hours from its opener to its resolution, and whether all four steps were recorded. */
public record ComplaintCase(double hoursToResolve, boolean allFourSteps) {
}
