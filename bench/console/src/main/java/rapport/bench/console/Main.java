package rapport.bench.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The console benchmark (docs/benchmarks/console.md): in each round every page once through the signed-in session,
 * then every API call that page makes once, straight to the service, one request at a time, so that each figure is
 * one request's own time and the page's time can be set beside the calls it waits for; then all of the page's calls
 * sent at once, which is what the services' work for the page costs when nothing but the harness asks them.
 */
public final class Main {

    /** The goal: a page's p95 at most this many times its slowest call's p95. */
    static final double GOAL = 1.5;
    private static final long MAX_MICROS = 60_000_000L;

    /** One page's times, those of each of its calls, and those of all its calls sent at once, in microseconds. */
    record Measured(Plan.Page page, Histogram pageMicros, Map<Plan.Call, Histogram> callMicros,
            Histogram atOnceMicros) {

        Map.Entry<Plan.Call, Histogram> slowestCall() {
            return callMicros.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> Long.compare(
                    a.getValueAtPercentile(95), b.getValueAtPercentile(95)))).orElseThrow();
        }

        double ratio() {
            return (double) pageMicros.getValueAtPercentile(95) / slowestCall().getValue().getValueAtPercentile(95);
        }

        /** The calls' medians added up: what the page would take if it made them one after another. */
        double summedCallsP50Millis() {
            return callMicros.values().stream().mapToLong(h -> h.getValueAtPercentile(50)).sum() / 1000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage().isEmpty() ? Options.USAGE : e.getMessage() + "\n\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        String loadBefore = loadAverage();
        ServiceApi api = new ServiceApi(options);
        ConsoleSession console;
        List<Plan.Page> pages;
        try {
            console = options.bearer() ? ConsoleSession.withBearer(options, api) : ConsoleSession.signIn(options);
            pages = Plan.of(options, api);
        } catch (IOException e) {
            System.err.println("rapport bench console: the stack does not answer (" + e + "); start it with "
                    + "./rapport up and load the demo placement with ./rapport demo");
            System.exit(1);
            return;
        }
        System.out.printf("%s %s as %s; %d pages, %d warm-up rounds, then %d measured%n", options.bearer()
                ? "bearer token for" : "signed in to", options.console(), options.user(), pages.size(), options.warmup(),
                options.requests());
        List<Measured> results = new ArrayList<>();
        for (Plan.Page page : pages) {
            Map<Plan.Call, Histogram> calls = new LinkedHashMap<>();
            page.calls().forEach(call -> calls.put(call, new Histogram(MAX_MICROS, 3)));
            results.add(new Measured(page, new Histogram(MAX_MICROS, 3), calls, new Histogram(MAX_MICROS, 3)));
        }
        for (int round = 0; round < options.warmup() + options.requests(); round++) {
            boolean measuring = round >= options.warmup();
            for (Measured measured : results) {
                record(measuring, measured.pageMicros(), console.micros(measured.page().path()));
                for (Map.Entry<Plan.Call, Histogram> call : measured.callMicros().entrySet()) {
                    record(measuring, call.getValue(), api.micros(call.getKey().uri()));
                }
                record(measuring, measured.atOnceMicros(), api.microsAtOnce(measured.page().calls().stream()
                        .map(Plan.Call::uri).toList()));
            }
        }
        report(options, results, loadBefore, loadAverage());
    }

    private static void record(boolean measuring, Histogram histogram, long micros) {
        if (measuring) {
            histogram.recordValue(Math.min(micros, MAX_MICROS));
        }
    }

    private static void report(Options options, List<Measured> results, String loadBefore, String loadAfter) {
        System.out.printf("%n%-17s %7s %7s %7s  %-52s %7s %10s %11s %6s  %s%n", "page", "p50 ms", "p95 ms", "p99 ms",
                "its slowest API call", "p95 ms", "calls p50+", "at once p95", "ratio", "goal ≤ " + GOAL);
        int met = 0;
        Measured worst = results.getFirst();
        for (Measured measured : results) {
            Histogram page = measured.pageMicros();
            Map.Entry<Plan.Call, Histogram> slowest = measured.slowestCall();
            boolean ok = measured.ratio() <= GOAL;
            met += ok ? 1 : 0;
            worst = measured.ratio() > worst.ratio() ? measured : worst;
            System.out.printf("%-17s %7.1f %7.1f %7.1f  %-52s %7.1f %10.1f %11.1f %6.2f  %s%n", measured.page().name(),
                    millis(page, 50), millis(page, 95), millis(page, 99), slowest.getKey().name(),
                    millis(slowest.getValue(), 95), measured.summedCallsP50Millis(),
                    millis(measured.atOnceMicros(), 95), measured.ratio(), ok ? "met" : "MISSED");
        }
        System.out.println("\nevery API call (p50 / p95 / p99 ms):");
        for (Measured measured : results) {
            measured.callMicros().forEach((call, h) -> System.out.printf("  %-17s %-52s %7.1f %7.1f %7.1f%n",
                    measured.page().name(), call.name(), millis(h, 50), millis(h, 95), millis(h, 99)));
        }
        System.out.printf("%nload average (1, 5, 15 min) before: %s; after: %s; %d cores%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("RESULT requests=%d pages=%d met=%d worst=\"%s\" worst_ratio=%.2f goal=%.1f%n",
                options.requests(), results.size(), met, worst.page().name(), worst.ratio(), GOAL);
    }

    private static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** The load averages as uptime prints them (from /proc/loadavg), or "unknown" off Linux. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
