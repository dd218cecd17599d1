package rapport.kpi.maths;

/**
 * The 95 % interval of a KPI's value in one window, drawn on an improvement's before/after chart:
 * the result's own interval where it has one (Wilson for CSAT, the margin of error for NPS), the
 * Wilson interval for every other share, and the Student t interval for a mean. Null when n = 0 and
 * for KPIs without a test (medians, percentiles, CRR).
 */
public final class WindowInterval {

    private WindowInterval() {
    }

    public static Interval of(KpiResult result) {
        if (result.n() == 0) {
            return null;
        }
        if (result.interval() != null) {
            return result.interval();
        }
        return switch (result.kpi().test()) {
            case TWO_PROPORTIONS -> Wilson.interval(result.numerator().longValue(), result.n());
            case WELCH -> {
                double sd = result.detail("standardDeviation").doubleValue();
                yield Statistics.meanInterval(new Summary(result.n(), result.value(), sd * sd));
            }
            case NPS_DIFFERENCE, NONE -> null;
        };
    }
}
