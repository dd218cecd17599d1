package rapport.kpi.maths;

import java.util.Map;

/**
 * One KPI value with what it was computed from: {@code numerator} of {@code n} (the numerator is
 * the sum for a mean, null for a median or percentile), the definition's name and version, and an interval where the spec
 * gives one. {@code value} is null when {@code n = 0}. {@code details} holds the secondary counts
 * (promoters, provisional cases, standard deviation, ...).
 */
public record KpiResult(Kpi kpi, String title, String definition, Unit unit, Double value, Number numerator, long n,
        Interval interval, Map<String, Number> details) {

    public static KpiResult of(Kpi kpi, Double value, Number numerator, long n, Interval interval,
            Map<String, Number> details) {
        return new KpiResult(kpi, kpi.title(), kpi.definition(), kpi.unit(), n == 0 ? null : value, numerator, n,
                n == 0 ? null : interval, details == null ? Map.of() : details);
    }

    /** A share in percent: {@code 100 × numerator / n}, null when n = 0. */
    public static KpiResult percentage(Kpi kpi, long numerator, long n, Interval interval, Map<String, Number> details) {
        return of(kpi, n == 0 ? null : 100.0 * numerator / n, numerator, n, interval, details);
    }

    public Number detail(String name) {
        return details.get(name);
    }

    /** A mean: the sum is its numerator; the sample standard deviation is a detail (Welch's test needs it). */
    public static KpiResult mean(Kpi kpi, Summary summary, Number sum) {
        return of(kpi, summary.mean(), sum, summary.n(), null,
                summary.n() == 0 ? Map.of() : Map.of("standardDeviation", summary.standardDeviation()));
    }

    public static KpiResult mean(Kpi kpi, Tally values) {
        return mean(kpi, values.summary(), values.sum());
    }
}
