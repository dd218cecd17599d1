package rapport.bench.mixed;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The mixed workload (docs/benchmarks/mixed.md): an open-model load at a fixed rate against the whole stack, each
 * request timed from when it was due (so a stall counts for every request it delays), with the lag probe running
 * beside it and each named process's resident memory read at the start, every minute and at the end.
 */
public final class Main {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage().isEmpty() ? Options.USAGE : e.getMessage() + "\n\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> customers = register(client, options);
        System.out.printf("registered %d customers in team %s%n", customers.size(), options.team());
        Map<String, List<Long>> rss = new TreeMap<>();
        readRss(options, rss);
        run(client, options, customers, options.warmup());
        System.out.printf("warm-up done (%d s); measuring %d requests/s for %d s%n", options.warmup().toSeconds(),
                options.rate(), options.duration().toSeconds());
        LagProbe probe = new LagProbe(client, options, customers.getFirst(), "bench-probe");
        Thread probing = Thread.ofVirtual().start(probe);
        Thread sampling = Thread.ofVirtual().start(() -> sampleRss(options, rss));
        Map<Operation, Result> results = run(client, options, customers, options.duration());
        probing.interrupt();
        sampling.interrupt();
        probing.join();
        sampling.join();
        readRss(options, rss);
        report(options, results, probe, rss);
    }

    /** What happened to one kind of request: latency from when it was due, and answers by status. */
    record Result(Histogram latencyMicros, Map<Integer, AtomicLong> statuses) {
        long count(boolean ok) {
            return statuses.entrySet().stream().filter(e -> (e.getKey() / 100 == 2) == ok)
                    .mapToLong(e -> e.getValue().get()).sum();
        }
    }

    private static Map<Operation, Result> run(HttpClient client, Options options, List<String> customers,
            Duration duration) {
        Map<Operation, Result> results = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            results.put(operation, new Result(new ConcurrentHistogram(120_000_000L, 3), new ConcurrentHashMap<>()));
        }
        long interval = 1_000_000_000L / options.rate();
        long total = options.rate() * duration.toSeconds();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long n = 0; n < total; n++) {
                long due = start + n * interval;
                LockSupport.parkNanos(due - System.nanoTime());
                Operation operation = options.contactsOnly() ? Operation.CONTACT : Operation.of(n);
                HttpRequest request = operation.request(options, customers, n);
                Result result = results.get(operation);
                threads.submit(() -> {
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException | InterruptedException e) {
                        status = 0;
                    }
                    result.latencyMicros().recordValue(Math.min(120_000_000L, (System.nanoTime() - due) / 1000));
                    result.statuses().computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                });
            }
        }
        return results;
    }

    private static List<String> register(HttpClient client, Options options) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < options.customerCount(); i++) {
            HttpResponse<String> created = client.send(Operation.post(options.customers().resolve("api/teams/"
                    + options.team() + "/customers"), options.token(), """
                    {"displayName":"Mixed workload customer %d","kind":"%s","surveyConsent":false}"""
                    .formatted(i, i % 4 == 0 ? "INTERNAL" : "EXTERNAL")), HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(created.body());
            if (created.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("could not register a customer: " + created.statusCode() + " "
                        + created.body());
            }
            ids.add(id.group(1));
        }
        return ids;
    }

    private static void sampleRss(Options options, Map<String, List<Long>> rss) {
        try {
            while (true) {
                Thread.sleep(60_000);
                readRss(options, rss);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Appends each process's resident set size (MiB, from /proc/PID/status) to its samples. */
    private static synchronized void readRss(Options options, Map<String, List<Long>> rss) {
        options.processes().forEach((name, pid) -> {
            try {
                long kib = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).findFirst()
                        .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(-1L);
                rss.computeIfAbsent(name, n -> new ArrayList<>()).add(kib / 1024);
            } catch (IOException e) {
                rss.computeIfAbsent(name, n -> new ArrayList<>()).add(-1L);
            }
        });
    }

    private static void report(Options options, Map<Operation, Result> results, LagProbe probe,
            Map<String, List<Long>> rss) {
        System.out.printf("%n%-40s %8s %7s %9s %9s %9s %9s  %s%n", "endpoint", "requests", "errors", "p50 ms",
                "p99 ms", "p99.9 ms", "max ms", "statuses");
        long errors = 0;
        for (Operation operation : Operation.values()) {
            Result result = results.get(operation);
            Histogram h = result.latencyMicros();
            errors += result.count(false);
            System.out.printf("%-40s %8d %7d %9.1f %9.1f %9.1f %9.1f  %s%n", operation.label, h.getTotalCount(),
                    result.count(false), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                    h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0, new TreeMap<>(result.statuses()));
        }
        Histogram lag = probe.lagMillis;
        System.out.printf("%nlag contact -> KPIs: %d probes, p50 %d ms, p99 %d ms, max %d ms, %d not seen within 30 s%n",
                lag.getTotalCount(), lag.getValueAtPercentile(50), lag.getValueAtPercentile(99), lag.getMaxValue(),
                probe.lost);
        System.out.println("resident memory (MiB) at start, every minute, at end:");
        rss.forEach((name, samples) -> System.out.printf("  %-18s %s%n", name, samples));
        System.out.printf("RESULT rate=%d seconds=%d errors=%d lag_p50_ms=%d lag_p99_ms=%d%n", options.rate(),
                options.duration().toSeconds(), errors, lag.getValueAtPercentile(50), lag.getValueAtPercentile(99));
    }
}
