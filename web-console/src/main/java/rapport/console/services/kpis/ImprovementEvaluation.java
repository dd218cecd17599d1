package rapport.console.services.kpis;

import java.time.LocalDate;

/**
 * The before/after evaluation of an improvement action (docs/kpi-definitions.md, "Did a change work?"): the target
 * KPI in both windows with their 95 % intervals, the difference and its interval, the p-value, the verdict
 * ({@code IMPROVED}, {@code WORSENED}, {@code NO_SIGNIFICANT_CHANGE}, {@code INSUFFICIENT_DATA}, {@code IN_PROGRESS})
 * and the same in one plain sentence.
 */
public record ImprovementEvaluation(Improvement improvement, String kpi, String definition, WindowResult baseline,
        WindowResult evaluation, String test, Double difference, String differenceUnit, Interval interval,
        Double pValue, String verdict, String summary) {

    /** The target KPI in one window, with that window's 95 % interval (null when n = 0). */
    public record WindowResult(LocalDate from, LocalDate to, KpiResult result, Interval interval) {
    }

    /** While the evaluation window has not ended, the verdict waits for it. */
    public boolean inProgress() {
        return "IN_PROGRESS".equals(verdict);
    }
}
