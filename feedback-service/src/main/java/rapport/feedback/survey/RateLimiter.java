package rapport.feedback.survey;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client address, in memory (one instance of the service; a restart forgets
 * the buckets, which only makes it more lenient). {@link #tryAcquire} answers 0 when the request may
 * go ahead, otherwise how many seconds until it may.
 */
final class RateLimiter {

    private final int capacity;
    private final double tokensPerNano;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int capacity, long refillNanos, int maxClients, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.tokensPerNano = (double) capacity / refillNanos;
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
    }

    /** @return 0 if allowed, else the seconds to wait before the next request is allowed */
    long tryAcquire(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity, tokensPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / tokensPerNano / 1e9));
        }
    }

    int trackedClients() {
        return buckets.size();
    }

    /** Buckets that have refilled completely carry no information: dropping them changes nothing. */
    private void forgetIdle(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(now, capacity, tokensPerNano);
                return e.getValue().tokens >= capacity;
            }
        });
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(int capacity, long now) {
            tokens = capacity;
            updatedAt = now;
        }

        void refill(long now, int capacity, double tokensPerNano) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}
