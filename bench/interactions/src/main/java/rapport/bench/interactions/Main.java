package rapport.bench.interactions;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Entry point: registers customers, warms up, steps the rate up until the service falls behind, then runs at half. */
public final class Main {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Workload workload = new Workload(registerCustomers(client, options), options.followUpShare());
        LoadStep steps = new LoadStep(client, options, workload);

        System.out.printf("warming up at %d/s for %ds%n", options.rates().getFirst(), options.warmup().toSeconds());
        steps.run(options.rates().getFirst(), options.warmup());

        System.out.println(Report.HEADER);
        LoadStep.Result best = null;
        for (int rate : options.rates()) {
            LoadStep.Result result = steps.run(rate, options.stepDuration());
            System.out.println(Report.line(result, options.keepUpRatio()));
            if (!result.keptUp(options.keepUpRatio())) {
                break;
            }
            best = result;
        }
        if (best == null) {
            System.out.println("RESULT the service did not keep up with the first rate");
            return;
        }
        int half = (int) Math.max(1, Math.round(best.throughput() / 2));
        LoadStep.Result atHalf = steps.run(half, options.stepDuration());
        System.out.println(Report.line(atHalf, options.keepUpRatio()) + "   <- half of the highest sustained rate");
        System.out.println(Report.summary(best, atHalf));
    }

    private static List<String> registerCustomers(HttpClient client, Options options) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>(options.customers());
        for (int i = 0; i < options.customers(); i++) {
            String body = "{\"displayName\":\"Bench customer " + run + "-" + i + "\",\"kind\":\"EXTERNAL\","
                    + "\"surveyConsent\":false}";
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    options.baseUrl().resolve("api/teams/" + options.team() + "/customers"))
                    .header("Authorization", "Bearer " + options.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(response.body());
            if (response.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("could not register a customer: " + response.statusCode() + " "
                        + response.body());
            }
            ids.add(id.group(1));
        }
        System.out.printf("registered %d customers in team %s%n", ids.size(), options.team());
        return ids;
    }
}
