package rapport.bench.mixed;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line options of the mixed workload; see {@link #USAGE}. */
record Options(URI customers, URI feedback, URI kpis, String token, String probeToken, String team, int rate,
        Duration duration, Duration warmup, int customerCount, boolean contactsOnly, Map<String, Long> processes) {

    static final String USAGE = """
            java -jar rapport-bench-mixed.jar --token T --probe-token P [options]
              --customer-service URL  [http://127.0.0.1:8081]   --feedback-service URL [http://127.0.0.1:8082]
              --kpi-service URL       [http://127.0.0.1:8083]
              --token T               an agent token of TEAM (the workload's writes and reads)
              --probe-token P         an agent token of TEAM for another user (the lag probe's contacts)
              --team TEAM [bench-mixed]   --rate N requests/s in all [20]   --seconds N [600]   --warmup-seconds N [20]
              --customers N [100]     customers registered before the run, round which contacts and answers go
              --process NAME=PID      a process whose resident memory is read at start and end (repeat)
              --mix all|contacts [all]  all: 50 % contacts, 20 % feedback answers, 25 % KPI reads, 5 % evidence
                                      exports (PDF); contacts: contacts only (the lag at a given contact rate)""";

    static Options parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("customer-service", "http://127.0.0.1:8081",
                "feedback-service", "http://127.0.0.1:8082", "kpi-service", "http://127.0.0.1:8083",
                "team", "bench-mixed", "rate", "20", "seconds", "600", "warmup-seconds", "20", "customers", "100",
                "mix", "all"));
        Map<String, Long> processes = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i].equals("--help") ? "" : "expected --option value at " + args[i]);
            }
            String name = args[i].substring(2);
            String value = args[++i];
            if (name.equals("process")) {
                String[] pair = value.split("=", 2);
                processes.put(pair[0], Long.parseLong(pair[1]));
            } else if (values.containsKey(name) || name.equals("token") || name.equals("probe-token")) {
                values.put(name, value);
            } else {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        if (!values.containsKey("token") || !values.containsKey("probe-token")) {
            throw new IllegalArgumentException("--token and --probe-token are required");
        }
        int rate = Integer.parseInt(values.get("rate"));
        if (rate < 1) {
            throw new IllegalArgumentException("--rate must be at least 1");
        }
        String mix = values.get("mix");
        if (!mix.equals("all") && !mix.equals("contacts")) {
            throw new IllegalArgumentException("--mix must be all or contacts, not " + mix);
        }
        return new Options(uri(values.get("customer-service")), uri(values.get("feedback-service")),
                uri(values.get("kpi-service")), values.get("token"), values.get("probe-token"), values.get("team"), rate,
                Duration.ofSeconds(Long.parseLong(values.get("seconds"))),
                Duration.ofSeconds(Long.parseLong(values.get("warmup-seconds"))),
                Integer.parseInt(values.get("customers")), mix.equals("contacts"), Map.copyOf(processes));
    }

    private static URI uri(String value) {
        return URI.create(value.endsWith("/") ? value : value + "/");
    }
}
