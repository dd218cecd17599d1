package rapport.demo.plan;

/**
 * An improvement action the learners recorded. Its verdict is not part of the plan: kpi-service evaluates it on
 * the data; the planner only builds the change (or no change) into the probabilities around {@code dateInPlace}.
 */
public record PlannedImprovement(String title, String description, String targetKpi, String expectedDirection,
        int dateInPlace) {
}
