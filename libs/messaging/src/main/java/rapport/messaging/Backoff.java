package rapport.messaging;

import java.time.Duration;

/** The one back-off of the messaging threads: half a second, doubled after each failure up to a ceiling. */
public final class Backoff {

    private static final Duration FIRST = Duration.ofMillis(500);

    private Backoff() {
    }

    /** The wait after {@code previous} ({@link Duration#ZERO} before the first failure), at most {@code max}. */
    public static Duration next(Duration previous, Duration max) {
        Duration next = previous.isZero() ? FIRST : previous.multipliedBy(2);
        return next.compareTo(max) > 0 ? max : next;
    }
}
