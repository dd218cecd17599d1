package rapport.bench.interactions;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Command-line options of the load generator. */
record Options(
        URI baseUrl,
        String token,
        String team,
        List<Integer> rates,
        Duration stepDuration,
        Duration warmup,
        int customers,
        double followUpShare,
        int maxInFlight,
        double keepUpRatio,
        Duration requestTimeout) {

    static final String USAGE = """
            Usage: java -jar rapport-bench-interactions.jar --base-url URL --token JWT [options]
              Logs contacts with customer-service at increasing request rates (open model: requests are sent
              on a fixed schedule whatever the response times, and latency counts from the scheduled time),
              then once more at half the highest rate it kept up with. Prints throughput and p50/p95/p99.
              --base-url URL        customer-service, e.g. http://127.0.0.1:8081
              --token JWT           bearer token of an agent of the team
              --team ID             team to write to [bench]
              --rates LIST          comma-separated requests/s to try in turn [25,50,100,200,300,400,600,800,1000]
              --step-seconds N      measured seconds per rate [20]
              --warmup-seconds N    unmeasured seconds at the first rate, to warm the JIT and pools [15]
              --customers N         customers registered for the run [200]
              --follow-up-share F   share of contacts that name the customer's open case instead of opening one [0.5]
              --max-in-flight N     requests waiting for a response before the step counts as overloaded [2000]
              --keep-up F           a rate is kept up with when at least F of it completes, all 2xx, in the step [0.95]
              --timeout-seconds N   per-request timeout [30]
            """;

    static Options parse(String[] args) {
        URI baseUrl = null;
        String token = null;
        String team = "bench";
        List<Integer> rates = List.of(25, 50, 100, 200, 300, 400, 600, 800, 1000);
        int step = 20;
        int warmup = 15;
        int customers = 200;
        double followUpShare = 0.5;
        int maxInFlight = 2000;
        double keepUp = 0.95;
        int timeout = 30;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--base-url" -> baseUrl = URI.create(value.endsWith("/") ? value : value + "/");
                case "--token" -> token = value;
                case "--team" -> team = value;
                case "--rates" -> rates = parseRates(value);
                case "--step-seconds" -> step = Integer.parseInt(value);
                case "--warmup-seconds" -> warmup = Integer.parseInt(value);
                case "--customers" -> customers = Integer.parseInt(value);
                case "--follow-up-share" -> followUpShare = Double.parseDouble(value);
                case "--max-in-flight" -> maxInFlight = Integer.parseInt(value);
                case "--keep-up" -> keepUp = Double.parseDouble(value);
                case "--timeout-seconds" -> timeout = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (baseUrl == null || token == null) {
            throw new IllegalArgumentException("--base-url and --token are required");
        }
        return new Options(baseUrl, token, team, rates, Duration.ofSeconds(step), Duration.ofSeconds(warmup),
                customers, followUpShare, maxInFlight, keepUp, Duration.ofSeconds(timeout));
    }

    private static List<Integer> parseRates(String value) {
        List<Integer> rates = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).forEach(rates::add);
        if (rates.isEmpty() || rates.stream().anyMatch(r -> r <= 0)) {
            throw new IllegalArgumentException("--rates must be positive numbers");
        }
        return List.copyOf(rates);
    }
}
