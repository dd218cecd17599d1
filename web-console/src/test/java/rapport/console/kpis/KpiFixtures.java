package rapport.console.kpis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import rapport.console.services.kpis.Improvement;
import rapport.console.services.kpis.Interval;
import rapport.console.services.kpis.KpiReport;
import rapport.console.services.kpis.KpiResult;
import rapport.console.services.kpis.KpiSeries;
import rapport.console.services.kpis.SeriesPoint;

/** kpi-service answers shaped as docs/kpi-service.md shows them, for pages rendered in tests. */
public final class KpiFixtures {

    public static final LocalDate FROM = LocalDate.parse("2026-09-07");
    public static final LocalDate TO = LocalDate.parse("2026-11-30");

    private KpiFixtures() {
    }

    public static KpiResult fcr(Double value, long numerator, long n) {
        return new KpiResult("fcr", "First contact resolution", "fcr/v1", "percent", value, numerator, n, null,
                Map.of("provisional", 0));
    }

    public static KpiResult csat(Double value, long n) {
        return new KpiResult("csat", "CSAT", "csat/v1", "percent", value, null, n,
                new Interval(60.0, 80.0, 0.95, "wilson"), Map.of());
    }

    public static KpiReport report() {
        return new KpiReport("demo", FROM, TO.plusDays(1), "Europe/London", List.of(fcr(72.5, 29, 40), csat(70.0, 30)));
    }

    public static KpiSeries fcrPerWeek() {
        return new KpiSeries("demo", "fcr", "fcr/v1", "WEEK", FROM, FROM.plusDays(14), "Europe/London", List.of(
                new SeriesPoint(FROM, FROM.plusDays(7), fcr(60.0, 6, 10)),
                new SeriesPoint(FROM.plusDays(7), FROM.plusDays(14), fcr(80.0, 12, 15))));
    }

    public static Improvement improvement(String title, LocalDate inPlace) {
        return new Improvement(java.util.UUID.fromString("5b7c1f0e-2d3a-4b5c-8d9e-0f1a2b3c4d5e"), title,
                "Callers had to ring back for a slot.", "fcr", "UP", inPlace,
                new Improvement.Window(inPlace.minusDays(28), inPlace), new Improvement.Window(inPlace,
                        inPlace.plusDays(28)), "alex", java.time.Instant.parse("2026-10-01T09:00:00Z"));
    }
}
