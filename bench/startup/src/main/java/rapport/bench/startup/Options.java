package rapport.bench.startup;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Command-line options of the startup benchmark; see {@link #USAGE}. */
record Options(int runs, int settleSeconds, List<String> services, int portOffset, boolean nmt, int timeoutSeconds,
        Optional<String> tunedOptions, Optional<String> tunedEnv) {

    static final List<String> ALL = List.of("customer-service", "feedback-service", "kpi-service", "web-console");

    static final String USAGE = """
            ./rapport bench startup [options]   (after ./rapport up, or ./rapport up --only postgres,kafka,keycloak)
              --runs N [5]             starts of each jar with each JVM setting, the settings interleaved
              --settle SECONDS [10]    idle time after ready before the resident set size is read
              --services LIST [customer-service,feedback-service,kpi-service,web-console]
              --port-offset N [10000]  each jar listens on its usual port plus N, beside a running stack
              --nmt true|false [false] also start with -XX:NativeMemoryTracking=summary and print the JVM's own
                                       breakdown of the memory it committed (jcmd VM.native_memory)
              --timeout SECONDS [180]  a start not ready by then fails the run
              --tuned-options "OPTS"   to try other settings: JVM options instead of the tuned ones ({app} stands
                                       for the jar's directory, e.g. -XX:AOTCache={app}/app.aot)
              --tuned-env "K=V ..."    with them, the variables instead of the tuned ones ("" for none)
            Each start: time from the process's start until /q/health/ready answers 200, the resident set size
            (/proc/PID/status) after SECONDS idle, then the time SIGTERM takes to end it. The JVM settings are the
            launcher's: baseline (the default) and tuned (RAPPORT_SERVICE_JVM=tuned).""";

    /** Parses the arguments; on --help or a bad one prints the usage and exits with code 2. */
    static Options parseOrExit(String[] args) {
        try {
            return parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println((e.getMessage().isEmpty() ? "" : "rapport bench startup: " + e.getMessage() + "\n\n")
                    + USAGE);
            System.exit(2);
            throw e;
        }
    }

    static Options parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("runs", "5");
        values.put("settle", "10");
        values.put("services", String.join(",", ALL));
        values.put("port-offset", "10000");
        values.put("nmt", "false");
        values.put("timeout", "180");
        values.put("tuned-options", null);
        values.put("tuned-env", null);
        for (java.util.Iterator<String> it = List.of(args).iterator(); it.hasNext(); ) {
            String arg = it.next();
            if (arg.equals("--help")) {
                throw new IllegalArgumentException("");
            }
            String name = arg.replaceFirst("^--", "");
            if (name.equals(arg) || !values.containsKey(name) || !it.hasNext()) {
                throw new IllegalArgumentException("not an option with a value: " + arg);
            }
            values.put(name, it.next());
        }
        List<String> services = Arrays.stream(values.get("services").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        services.stream().filter(s -> !ALL.contains(s)).findFirst().ifPresent(s -> {
            throw new IllegalArgumentException("--services: unknown " + s + "; one or more of " + String.join(",", ALL));
        });
        Options options = new Options(Integer.parseInt(values.get("runs")), Integer.parseInt(values.get("settle")),
                services, Integer.parseInt(values.get("port-offset")), Boolean.parseBoolean(values.get("nmt")),
                Integer.parseInt(values.get("timeout")), Optional.ofNullable(values.get("tuned-options")),
                Optional.ofNullable(values.get("tuned-env")));
        if (options.runs < 1 || options.settleSeconds < 0 || options.services.isEmpty() || options.timeoutSeconds < 1) {
            throw new IllegalArgumentException("--runs and --timeout must be at least 1, --settle at least 0, "
                    + "--services not empty");
        }
        return options;
    }
}
