package rapport.bench.mixed;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * The lag from a logged contact to its effect on {@code GET …/kpis}: one contact at a time by the probe's own user,
 * timed from customer-service's 201 to the first KPI answer whose handling-time n for that agent has grown.
 */
final class LagProbe implements Runnable {

    private static final Pattern AHT_N = Pattern.compile("\"kpi\"\\s*:\\s*\"aht\"[^{}]*?\"n\"\\s*:\\s*(\\d+)");
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final HttpClient client;
    private final Options options;
    private final String customer;
    private final String agent;
    final Histogram lagMillis = new Histogram(60_000, 3);
    volatile int lost;

    LagProbe(HttpClient client, Options options, String customer, String agent) {
        this.client = client;
        this.options = options;
        this.customer = customer;
        this.agent = agent;
    }

    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                probeOnce();
                Thread.sleep(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.err.println("lag probe stopped: " + e);
        }
    }

    private void probeOnce() throws Exception {
        int before = ahtN();
        HttpResponse<String> logged = client.send(Operation.post(options.customers().resolve("api/teams/" + options.team()
                + "/customers/" + customer + "/interactions"), options.probeToken(),
                Operation.contact(ThreadLocalRandom.current(), "Lag probe")), HttpResponse.BodyHandlers.ofString());
        if (logged.statusCode() != 201) {
            throw new IllegalStateException("probe contact refused: " + logged.statusCode() + " " + logged.body());
        }
        long start = System.nanoTime();
        while (ahtN() <= before) {
            if (System.nanoTime() - start > GIVE_UP.toNanos()) {
                lost++;
                return;
            }
            Thread.sleep(10);
        }
        lagMillis.recordValue(Math.min(60_000, (System.nanoTime() - start) / 1_000_000));
    }

    private int ahtN() throws Exception {
        HttpResponse<String> kpis = client.send(Operation.get(options.kpis().resolve("api/teams/" + options.team()
                + "/kpis?" + Operation.lastWeeks(1) + "&agent=" + agent), options.token()),
                HttpResponse.BodyHandlers.ofString());
        Matcher n = AHT_N.matcher(kpis.body());
        if (kpis.statusCode() != 200 || !n.find()) {
            throw new IllegalStateException("KPI read for the probe failed: " + kpis.statusCode() + " " + kpis.body());
        }
        return Integer.parseInt(n.group(1));
    }
}
