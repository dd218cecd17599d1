package rapport.console.services.kpis;

import java.util.Map;

/**
 * One KPI value with what it was computed from: {@code numerator} of {@code n}, the definition's name and version
 * ({@code fcr/v1}), the unit ({@code percent}, {@code nps-points}, {@code mean-score}, {@code hours},
 * {@code minutes}). {@code value} is null when {@code n = 0}.
 */
public record KpiResult(String kpi, String title, String definition, String unit, Double value, Number numerator,
        long n, Interval interval, Map<String, Number> details) {
}
