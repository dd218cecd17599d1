package rapport.system.faults;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One writer of a fault test's steady load, run at a fixed rate: each answer tallied by phase (before, during and
 * after the fault), the id of each accepted (201) write kept, and any answer other than 201 or a retryable problem
 * (503 or 409, {@code application/problem+json}) kept as unclean, as is a client timeout or a refused connection.
 */
final class SteadyWrites implements Runnable {

    final String name;
    private final Function<Integer, Response> write;
    private final AtomicInteger sent = new AtomicInteger();
    private final List<String> acceptedIds = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> tally = new ConcurrentHashMap<>();
    private final List<String> unclean = new CopyOnWriteArrayList<>();
    private volatile String phase = "before";

    SteadyWrites(String name, Function<Integer, Response> write) {
        this.name = name;
        this.write = write;
    }

    void phase(String next) {
        phase = next;
    }

    int accepted() {
        return acceptedIds.size();
    }

    /** The ids the service answered 201 with: each must be there afterwards. */
    List<String> acceptedIds() {
        return List.copyOf(acceptedIds);
    }

    /** Answers other than 201 or a retryable problem, with their phase. */
    List<String> unclean() {
        return List.copyOf(unclean);
    }

    /** How many answers of each kind came in a phase, e.g. {@code {"outage 201": 30, "outage 503": 12}}. */
    Map<String, Integer> tally() {
        Map<String, Integer> copy = new TreeMap<>();
        tally.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    int count(String phaseAndAnswer) {
        AtomicInteger n = tally.get(phaseAndAnswer);
        return n == null ? 0 : n.get();
    }

    @Override
    public void run() {
        String during = phase;
        String answer;
        try {
            Response response = write.apply(sent.getAndIncrement());
            answer = Integer.toString(response.statusCode());
            if (response.statusCode() == 201) {
                acceptedIds.add(response.path("id"));
            } else if (!(response.statusCode() == 503 || response.statusCode() == 409)
                    || !response.contentType().startsWith("application/problem+json")) {
                unclean.add(during + " " + answer + " " + response.asString());
            }
        } catch (RuntimeException e) { // a client timeout or a refused connection
            answer = e.getClass().getSimpleName();
            unclean.add(during + " " + e);
        }
        tally.computeIfAbsent(during + " " + answer, k -> new AtomicInteger()).incrementAndGet();
    }
}
