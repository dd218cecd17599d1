package rapport.bench.interactions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One step of the open model: sends {@code rate} requests per second for a while on a fixed
 * schedule, each on its own virtual thread, whatever the response times. A request's latency runs
 * from its scheduled send time to the end of its response, so a server that falls behind shows it
 * in the percentiles (no coordinated omission).
 */
final class LoadStep {

    record Result(int rate, long scheduled, int ok, int failed, int dropped, double seconds, Latencies latencies) {

        double throughput() {
            return ok / seconds;
        }

        boolean keptUp(double ratio) {
            return failed == 0 && dropped == 0 && throughput() >= ratio * rate;
        }
    }

    private final HttpClient client;
    private final Options options;
    private final Workload workload;
    private final AtomicLong counter = new AtomicLong();

    LoadStep(HttpClient client, Options options, Workload workload) {
        this.client = client;
        this.options = options;
        this.workload = workload;
    }

    Result run(int rate, Duration duration) {
        long interval = 1_000_000_000L / rate;
        long scheduled = rate * duration.toSeconds();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        int dropped = 0;
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < scheduled; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (inFlight.get() >= options.maxInFlight()) {
                    dropped++;
                    continue;
                }
                inFlight.incrementAndGet();
                Workload.Contact contact = workload.next(counter.getAndIncrement());
                threads.submit(() -> {
                    try {
                        HttpResponse<String> response = client.send(request(contact), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() / 100 == 2) {
                            latencies.add((System.nanoTime() - due) / 1000);
                            ok.incrementAndGet();
                            workload.logged(contact, response.body());
                        } else {
                            failed.incrementAndGet();
                            reportFirstFailure(response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        reportFirstFailure(e.toString());
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            }
        } // waits for every response
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(rate, scheduled, ok.get(), failed.get(), dropped, seconds, latencies);
    }

    private HttpRequest request(Workload.Contact contact) {
        URI uri = options.baseUrl().resolve("api/teams/" + options.team() + "/customers/" + contact.customerId()
                + "/interactions");
        return HttpRequest.newBuilder(uri).timeout(options.requestTimeout())
                .header("Authorization", "Bearer " + options.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(contact.json())).build();
    }

    private volatile boolean failureReported;

    private void reportFirstFailure(String what) {
        if (!failureReported) {
            failureReported = true;
            System.err.println("first failed request: " + (what.length() > 300 ? what.substring(0, 300) : what));
        }
    }
}
