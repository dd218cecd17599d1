package rapport.kpi.maths;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * complaint-handling/v1 (docs/kpi-definitions.md), over the complaint cases whose resolution time is in the period:
 * median and 90th percentile (nearest rank) of the hours to resolve, the mean, the share resolved
 * within the team's target, and the share with all four steps (Acknowledge, Apologise, Act, Assure).
 */
public final class ComplaintHandling {

    private ComplaintHandling() {
    }

    public static KpiResult median(List<ComplaintCase> cases) {
        double[] hours = sortedHours(cases);
        return KpiResult.of(Kpi.COMPLAINT_MEDIAN_HOURS, hours.length == 0 ? null : Percentiles.median(hours), null,
                hours.length, null, Map.of());
    }

    public static KpiResult percentile90(List<ComplaintCase> cases) {
        double[] hours = sortedHours(cases);
        return KpiResult.of(Kpi.COMPLAINT_P90_HOURS, hours.length == 0 ? null : Percentiles.nearestRank(hours, 90),
                null, hours.length, null, Map.of());
    }

    public static KpiResult mean(List<ComplaintCase> cases) {
        double[] hours = sortedHours(cases); // summed in one order, as Summary does
        return KpiResult.mean(Kpi.COMPLAINT_MEAN_HOURS, Summary.of(Arrays.stream(hours).boxed().toList()),
                Arrays.stream(hours).sum());
    }

    /** Resolved in at most {@code targetHours} hours. */
    public static KpiResult withinTarget(List<ComplaintCase> cases, double targetHours) {
        long within = cases.stream().filter(c -> c.hoursToResolve() <= targetHours).count();
        return KpiResult.percentage(Kpi.COMPLAINT_WITHIN_TARGET, within, cases.size(), null,
                Map.of("targetHours", targetHours));
    }

    public static KpiResult allFourSteps(List<ComplaintCase> cases) {
        long complete = cases.stream().filter(ComplaintCase::allFourSteps).count();
        return KpiResult.percentage(Kpi.COMPLAINT_ALL_STEPS, complete, cases.size(), null, Map.of());
    }

    private static double[] sortedHours(List<ComplaintCase> cases) {
        return cases.stream().mapToDouble(ComplaintCase::hoursToResolve).sorted().toArray();
    }
}
