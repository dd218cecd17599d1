package rapport.bench.interactions;

import java.util.Locale;

/** Text output: one line per step, and a machine-readable summary line. */
final class Report {

    static final String HEADER = String.format(Locale.ROOT, "%8s %10s %8s %7s %7s %9s %9s %9s  %s",
            "offered", "achieved", "ok", "failed", "dropped", "p50 ms", "p95 ms", "p99 ms", "kept up");

    private Report() {
    }

    static String line(LoadStep.Result r, double keepUp) {
        Latencies l = r.latencies();
        return String.format(Locale.ROOT, "%6d/s %8.1f/s %8d %7d %7d %9.2f %9.2f %9.2f  %s", r.rate(), r.throughput(),
                r.ok(), r.failed(), r.dropped(), l.percentileMillis(50), l.percentileMillis(95),
                l.percentileMillis(99), r.keptUp(keepUp) ? "yes" : "NO");
    }

    static String summary(LoadStep.Result best, LoadStep.Result half) {
        Latencies l = half.latencies();
        return String.format(Locale.ROOT,
                "RESULT max_sustained_rps=%.1f (offered %d/s) half_rps=%d half_achieved_rps=%.1f half_p50_ms=%.2f "
                        + "half_p95_ms=%.2f half_p99_ms=%.2f",
                best.throughput(), best.rate(), half.rate(), half.throughput(), l.percentileMillis(50),
                l.percentileMillis(95), l.percentileMillis(99));
    }
}
