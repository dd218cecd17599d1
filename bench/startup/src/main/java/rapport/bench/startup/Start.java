package rapport.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import rapport.launcher.ServiceJvm;
import rapport.launcher.ServiceProcess;

/** One measured start of a jar with one JVM setting: time to ready, memory once idle, time to stop. */
final class Start {

    /** Resident set sizes in KiB from /proc/PID/status: all, anonymous (heap, malloc, stacks), file-backed (jars, caches). */
    record Rss(long totalKib, long anonKib, long fileKib) {
    }

    record Result(String service, ServiceJvm jvm, int run, double readySeconds, Rss rss, double stopSeconds,
            Path nmtSummary) {
    }

    private static final Duration POLL = Duration.ofMillis(50);

    private Start() {
    }

    static Result measure(Options options, String service, ServiceJvm jvm, int run, Path logDir)
            throws IOException, InterruptedException {
        String label = service + "-" + jvm.name().toLowerCase() + "-" + run;
        ServiceProcess process = ServiceProcess.configuredAsUp(service, options.portOffset(),
                logDir.resolve(label + ".log")).jvm(jvm);
        List<String> jvmOptions = new ArrayList<>(jvmOptions(options, jvm, process.jar().getParent()));
        process.jvmEnvironment(environment(options, jvm));
        if (options.nmt()) {
            jvmOptions.add("-XX:NativeMemoryTracking=summary");
        }
        process.jvmOptions(jvmOptions);
        long started = System.nanoTime();
        process.start();
        Thread stopOnExit = new Thread(process::stop); // a harness stopped (Ctrl-C) leaves no service behind
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            long deadline = started + TimeUnit.SECONDS.toNanos(options.timeoutSeconds());
            while (!process.isHealthy()) {
                if (process.handle().isEmpty()) {
                    throw new IllegalStateException(label + " exited before it was ready; see " + process.logFile());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(label + " not ready within " + options.timeoutSeconds()
                            + " s; see " + process.logFile());
                }
                Thread.sleep(POLL);
            }
            double ready = (System.nanoTime() - started) / 1e9;
            Thread.sleep(Duration.ofSeconds(options.settleSeconds()));
            long pid = process.handle().orElseThrow(() -> new IllegalStateException(label + " exited while idle; see "
                    + process.logFile())).pid();
            Rss rss = rss(pid);
            Path nmt = options.nmt() ? nmtSummary(pid, logDir.resolve(label + ".nmt.txt")) : null;
            long stopping = System.nanoTime();
            process.stop();
            return new Result(service, jvm, run, ready, rss, (System.nanoTime() - stopping) / 1e9, nmt);
        } finally {
            process.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException e) {
                // the JVM is already exiting (a signal): the hook has stopped the service
            }
        }
    }

    /** The JVM options of a start with {@code jvm} for the jar in {@code appDir}: {@code --tuned-options} if given. */
    static List<String> jvmOptions(Options options, ServiceJvm jvm, Path appDir) {
        return jvm == ServiceJvm.TUNED && options.tunedOptions().isPresent()
                ? words(options.tunedOptions().get().replace("{app}", appDir.toString()))
                : jvm.options(appDir);
    }

    /** The variables added for {@code jvm}: {@code --tuned-env} if given. */
    static Map<String, String> environment(Options options, ServiceJvm jvm) {
        return jvm == ServiceJvm.TUNED && options.tunedEnv().isPresent() ? variables(options.tunedEnv().get())
                : jvm.environment();
    }

    private static List<String> words(String options) {
        return new ArrayList<>(java.util.Arrays.stream(options.strip().split("\\s+")).filter(o -> !o.isEmpty())
                .toList());
    }

    private static Map<String, String> variables(String assignments) {
        Map<String, String> env = new java.util.HashMap<>();
        for (String assignment : assignments.strip().split("\\s+")) {
            int eq = assignment.indexOf('=');
            if (eq > 0) {
                env.put(assignment.substring(0, eq), assignment.substring(eq + 1));
            }
        }
        return env;
    }

    static Rss rss(long pid) throws IOException {
        Map<String, Long> kib = new java.util.HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.endsWith(" kB")) {
                kib.put(line.substring(0, colon), Long.parseLong(line.substring(colon + 1, line.length() - 3).strip()));
            }
        }
        return new Rss(kib.getOrDefault("VmRSS", -1L), kib.getOrDefault("RssAnon", -1L),
                kib.getOrDefault("RssFile", -1L) + kib.getOrDefault("RssShmem", 0L));
    }

    /** jcmd's VM.native_memory summary of the process, written to {@code file}. */
    private static Path nmtSummary(long pid, Path file) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.native_memory", "summary", "scale=KB")
                .redirectErrorStream(true).redirectOutput(file.toFile()).start();
        p.waitFor(60, TimeUnit.SECONDS);
        return file;
    }
}
