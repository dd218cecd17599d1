package rapport.kpi.maths;

/**
 * A KPI in a baseline and an evaluation window, the test docs/kpi-definitions.md prescribes for it, and the verdict.
 */
public record Evaluation(KpiResult before, KpiResult after, Comparison comparison, Verdict verdict) {

    /**
     * Compares two windows' results of the same KPI. {@code evaluationWindowOpen} is true while the
     * evaluation window has not ended yet.
     */
    public static Evaluation of(KpiResult before, KpiResult after, ExpectedDirection expected,
            boolean evaluationWindowOpen) {
        Comparison comparison = compare(before, after);
        return new Evaluation(before, after, comparison,
                Verdict.decide(evaluationWindowOpen, before.n(), after.n(), comparison, expected));
    }

    static Comparison compare(KpiResult before, KpiResult after) {
        if (before.n() == 0 || after.n() == 0) {
            return null;
        }
        return switch (before.kpi().test()) {
            case TWO_PROPORTIONS -> Statistics.twoProportions(before.numerator().longValue(), before.n(),
                    after.numerator().longValue(), after.n());
            case NPS_DIFFERENCE -> Statistics.npsDifference(count(before, "promoters"), count(before, "detractors"),
                    before.n(), count(after, "promoters"), count(after, "detractors"), after.n());
            case WELCH -> before.n() < 2 || after.n() < 2 ? null
                    : Statistics.welch(summary(before), summary(after));
            case NONE -> null;
        };
    }

    private static long count(KpiResult result, String detail) {
        return result.detail(detail).longValue();
    }

    private static Summary summary(KpiResult result) {
        double sd = result.detail("standardDeviation").doubleValue();
        return new Summary(result.n(), result.value(), sd * sd);
    }
}
