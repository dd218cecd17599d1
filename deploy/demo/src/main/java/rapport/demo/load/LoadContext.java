package rapport.demo.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import rapport.demo.DemoException;
import rapport.demo.DemoSettings;
import rapport.demo.TokenSource;
import rapport.demo.plan.Timeline;

/** What every stage of a load shares: the services, the learners' tokens, the calendar, workers and progress. */
final class LoadContext {

    final DemoSettings settings;
    final ServiceClient customers;
    final ServiceClient feedback;
    final ServiceClient kpis;
    final Timeline timeline;
    final Progress progress;
    private final TokenSource tokens;
    private final ExecutorService workers;
    private final Map<String, String> tokenCache = new ConcurrentHashMap<>();
    /**
     * Idempotency-Keys of this run: a retried request carries the same key, so the services answer it without
     * doing it twice; a later run uses new keys and relies on finding what exists instead, because the services
     * keep keys for a limited time (24 hours in customer-service) and today's squeezed times differ between runs.
     */
    private final String run = UUID.randomUUID().toString();

    LoadContext(DemoSettings settings, ServiceClient customers, ServiceClient feedback, ServiceClient kpis,
            Timeline timeline, Progress progress, TokenSource tokens, ExecutorService workers) {
        this.settings = settings;
        this.customers = customers;
        this.feedback = feedback;
        this.kpis = kpis;
        this.timeline = timeline;
        this.progress = progress;
        this.tokens = tokens;
        this.workers = workers;
    }

    String token(String learner) {
        return tokenCache.computeIfAbsent(learner, tokens::agentToken);
    }

    String key(String what) {
        return "demo-" + run + "-" + what;
    }

    /** {@code /api/teams/{team}} followed by {@code path}. */
    String team(String path) {
        return "/api/teams/" + settings.team() + path;
    }

    /** Runs {@code work} on every item on the workers; the first failure stops the stage. */
    <T> void eachInParallel(List<T> items, Consumer<T> work) {
        List<Future<?>> running = new ArrayList<>();
        for (T item : items) {
            running.add(workers.submit(() -> work.accept(item)));
        }
        try {
            for (Future<?> future : running) {
                future.get();
            }
        } catch (ExecutionException e) {
            running.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new DemoException("the load failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted", e);
        }
    }

    /** Every item of a paginated list ({@code {"items": [...], "totalItems": n}}), 100 a page. */
    static List<JsonNode> all(ServiceClient service, String path, String token) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0;; page++) {
            JsonNode answer = service.get(path + separator + "size=100&page=" + page, token);
            answer.path("items").forEach(items::add);
            if (answer.path("items").size() < 100 || items.size() >= answer.path("totalItems").asLong()) {
                return items;
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted", e);
        }
    }
}
