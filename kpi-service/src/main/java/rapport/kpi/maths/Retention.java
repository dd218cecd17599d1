package rapport.kpi.maths;

import java.util.Map;

/** retention/v1 (retention and churn rate) and crr/v1 (the classic (E − N) / S on active customers). */
public final class Retention {

    private Retention() {
    }

    public static KpiResult retention(ActivityCounts counts) {
        return KpiResult.percentage(Kpi.RETENTION, counts.retained(), counts.previousActive(), null, details(counts));
    }

    /** {@code 1 − retention rate}: the previously active customers who were not active again. */
    public static KpiResult churn(ActivityCounts counts) {
        return KpiResult.percentage(Kpi.CHURN, counts.previousActive() - counts.retained(), counts.previousActive(),
                null, details(counts));
    }

    public static KpiResult crr(ActivityCounts counts) {
        long returning = counts.active() - counts.newCustomers();
        return KpiResult.percentage(Kpi.CRR, returning, counts.previousActive(), null, details(counts));
    }

    private static Map<String, Number> details(ActivityCounts counts) {
        return Map.of("previousActive", counts.previousActive(), "retained", counts.retained(),
                "active", counts.active(), "newCustomers", counts.newCustomers());
    }
}
