package rapport.kpi.maths;

/**
 * The verdict (docs/kpi-definitions.md, "Did a change work?") on an improvement action, at the 5 % significance level.
 * Decided in this order:
 * the evaluation window still open, fewer than 30 observations in either window, then the test.
 */
public enum Verdict {
    IMPROVED, WORSENED, NO_SIGNIFICANT_CHANGE, INSUFFICIENT_DATA, IN_PROGRESS;

    public static final double SIGNIFICANCE_LEVEL = 0.05;
    public static final long MINIMUM_OBSERVATIONS = 30;

    public static Verdict decide(boolean evaluationWindowOpen, long nBefore, long nAfter, Comparison comparison,
            ExpectedDirection expected) {
        if (evaluationWindowOpen) {
            return IN_PROGRESS;
        }
        if (nBefore < MINIMUM_OBSERVATIONS || nAfter < MINIMUM_OBSERVATIONS || comparison == null) {
            return INSUFFICIENT_DATA;
        }
        if (!(comparison.pValue() < SIGNIFICANCE_LEVEL)) {
            return NO_SIGNIFICANT_CHANGE;
        }
        boolean rose = comparison.difference() > 0;
        return rose == (expected == ExpectedDirection.UP) ? IMPROVED : WORSENED;
    }
}
