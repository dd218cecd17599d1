package rapport.messaging.inbox;

import java.time.Duration;

/**
 * What the consumer does with an event whose transaction failed: a transient failure (database or broker away, a
 * lock conflict, a key not arrived yet) is retried later, after the consumer's back-off, with its partition rewound
 * to it; an unprocessable event goes to the dead-letter topic at once; any other failure is retried a few times, a
 * little later each time, then dead-lettered so the events behind it still flow.
 */
final class RetryPolicy {

    enum Decision { RETRY_NOW, RETRY_LATER, DEAD_LETTER }

    private static final Duration PAUSE_STEP = Duration.ofMillis(100);

    private final int maxAttempts;

    RetryPolicy(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** After attempt number {@code attempt} (from 1) failed with {@code failure}. */
    Decision after(Throwable failure, int attempt) {
        if (Failures.isTransient(failure)) {
            return Decision.RETRY_LATER;
        }
        if (Failures.isUnprocessable(failure) || attempt >= maxAttempts) {
            return Decision.DEAD_LETTER;
        }
        return Decision.RETRY_NOW;
    }

    /** The pause after attempt {@code attempt} before a {@link Decision#RETRY_NOW}. */
    Duration pauseAfter(int attempt) {
        return PAUSE_STEP.multipliedBy(attempt);
    }
}
