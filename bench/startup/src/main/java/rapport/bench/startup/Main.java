package rapport.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rapport.launcher.ServiceJvm;

/**
 * The startup benchmark (docs/benchmarks/startup.md): each jar started {@code --runs} times with the launcher's
 * baseline JVM setting and as many with its tuned one, the two alternating (which goes first swaps every run, so
 * neither always meets a machine the other just warmed or loaded), one process at a time. Per service and setting:
 * median time to ready, idle resident set size, time to stop; then the tuned/baseline ratio of each against the goals.
 */
public final class Main {

    /** Goals: ready time at most this fraction of the baseline's; idle RSS under this many MiB. */
    static final double READY_GOAL = 0.5;
    static final long RSS_GOAL_MIB = 200;
    private static final Pattern NMT_LINE = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");
    private static final Pattern NMT_TOTAL = Pattern.compile("^Total: reserved=(\\d+)KB, committed=(\\d+)KB");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parseOrExit(args);
        Path logDir = Path.of(".rapport", "logs", "bench-startup",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(logDir);
        String loadBefore = loadAverage();
        System.out.printf("%d runs of %s, baseline and tuned JVM settings interleaved; %d s idle before RSS; logs in %s%n",
                options.runs(), String.join(", ", options.services()), options.settleSeconds(), logDir);
        for (ServiceJvm jvm : ServiceJvm.values()) {
            Path someApp = Path.of(options.services().getFirst(), "target", "quarkus-app").toAbsolutePath();
            Map<String, String> environment = Start.environment(options, jvm);
            System.out.printf("  %-8s %s%s%n", jvm.name().toLowerCase(), environment.isEmpty() ? "" : environment + " ",
                    String.join(" ", Start.jvmOptions(options, jvm, someApp)));
        }
        List<Start.Result> results = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            for (String service : options.services()) {
                List<ServiceJvm> order = run % 2 == 1 ? List.of(ServiceJvm.BASELINE, ServiceJvm.TUNED)
                        : List.of(ServiceJvm.TUNED, ServiceJvm.BASELINE);
                for (ServiceJvm jvm : order) {
                    Start.Result result;
                    try {
                        result = Start.measure(options, service, jvm, run, logDir);
                    } catch (IllegalStateException e) {
                        System.err.println("rapport bench startup: " + e.getMessage() + ". Are PostgreSQL, Kafka and "
                                + "Keycloak running (./rapport up, or ./rapport up --only postgres,kafka,keycloak)?");
                        System.exit(1);
                        return;
                    }
                    results.add(result);
                    System.out.printf("  run %d %-16s %-8s ready %6.2f s  RSS %4d MiB (anon %4d, file %3d)  stop %5.2f s%n",
                            run, service, jvm.name().toLowerCase(), result.readySeconds(), result.rss().totalKib() / 1024,
                            result.rss().anonKib() / 1024, result.rss().fileKib() / 1024, result.stopSeconds());
                }
            }
        }
        report(options, results, loadBefore, loadAverage());
    }

    private static void report(Options options, List<Start.Result> results, String loadBefore, String loadAfter)
            throws IOException {
        System.out.printf("%n%-16s %-8s %9s %9s %9s %9s %9s %9s %8s%n", "service", "jvm", "ready p50", "min", "max",
                "RSS MiB", "anon", "file", "stop s");
        double worstReadyRatio = 0;
        long worstRss = 0;
        String worstReadyService = "";
        String worstRssService = "";
        StringBuilder ratios = new StringBuilder();
        for (String service : options.services()) {
            Map<ServiceJvm, List<Start.Result>> byJvm = new LinkedHashMap<>();
            for (ServiceJvm jvm : ServiceJvm.values()) {
                byJvm.put(jvm, results.stream().filter(r -> r.service().equals(service) && r.jvm() == jvm).toList());
            }
            byJvm.forEach((jvm, runs) -> System.out.printf("%-16s %-8s %9.2f %9.2f %9.2f %9.0f %9.0f %9.0f %8.2f%n",
                    service, jvm.name().toLowerCase(), median(runs, Start.Result::readySeconds),
                    runs.stream().mapToDouble(Start.Result::readySeconds).min().orElse(0),
                    runs.stream().mapToDouble(Start.Result::readySeconds).max().orElse(0),
                    median(runs, r -> r.rss().totalKib() / 1024.0), median(runs, r -> r.rss().anonKib() / 1024.0),
                    median(runs, r -> r.rss().fileKib() / 1024.0), median(runs, Start.Result::stopSeconds)));
            double ratio = median(byJvm.get(ServiceJvm.TUNED), Start.Result::readySeconds)
                    / median(byJvm.get(ServiceJvm.BASELINE), Start.Result::readySeconds);
            long rss = Math.round(median(byJvm.get(ServiceJvm.TUNED), r -> r.rss().totalKib() / 1024.0));
            ratios.append(String.format(" %s_ready_ratio=%.2f %s_rss_mib=%d", service, ratio, service, rss));
            if (ratio > worstReadyRatio) {
                worstReadyRatio = ratio;
                worstReadyService = service;
            }
            if (rss > worstRss) {
                worstRss = rss;
                worstRssService = service;
            }
        }
        if (options.nmt()) {
            nmtReport(options, results);
        }
        System.out.printf("%nload average (1, 5, 15 min) before: %s; after: %s; %d cores%n", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("RESULT runs=%d%s worst_ready_ratio=%.2f (%s, goal <= %.2f: %s) worst_rss_mib=%d (%s, goal < %d:"
                + " %s)%n", options.runs(), ratios, worstReadyRatio, worstReadyService, READY_GOAL,
                worstReadyRatio <= READY_GOAL ? "met" : "MISSED", worstRss, worstRssService, RSS_GOAL_MIB,
                worstRss < RSS_GOAL_MIB ? "met" : "MISSED");
    }

    /** The JVM's own account (committed MiB per category) of each service's last start with each setting. */
    private static void nmtReport(Options options, List<Start.Result> results) throws IOException {
        System.out.println("\nNative memory tracking, committed MiB (last run of each; the rest of RSS is outside the JVM's"
                + " account: glibc's free lists, the mapped jars):");
        for (String service : options.services()) {
            Map<String, String> rows = new LinkedHashMap<>();
            for (ServiceJvm jvm : ServiceJvm.values()) {
                Start.Result last = results.stream().filter(r -> r.service().equals(service) && r.jvm() == jvm)
                        .reduce((a, b) -> b).orElseThrow();
                for (String line : Files.readAllLines(last.nmtSummary())) {
                    Matcher total = NMT_TOTAL.matcher(line.strip());
                    Matcher category = NMT_LINE.matcher(line.strip());
                    if (total.find()) {
                        rows.merge("Total", mib(total.group(2)), (a, b) -> a + " / " + b);
                    } else if (category.find()) {
                        rows.merge(category.group(1), mib(category.group(3)), (a, b) -> a + " / " + b);
                    }
                }
            }
            System.out.printf("  %s (baseline / tuned):%n", service);
            rows.forEach((name, values) -> {
                if (!values.matches("0 / 0|0")) {
                    System.out.printf("    %-28s %s%n", name, values);
                }
            });
        }
    }

    private static String mib(String kib) {
        return Long.toString(Math.round(Long.parseLong(kib) / 1024.0));
    }

    private static double median(List<Start.Result> runs, ToDoubleFunction<Start.Result> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The 1, 5 and 15 minute load averages, the first three fields of /proc/loadavg (uptime prints the same). */
    private static String loadAverage() throws IOException {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }
}
