package rapport.messaging;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The one back-off of the messaging threads (outbox relay, event consumer, data-key reader): half a second,
 * doubled after each failure up to a ceiling, back to nothing after a success. One instance per loop, used by
 * that loop's thread only.
 */
public final class Backoff {

    private static final Duration FIRST = Duration.ofMillis(500);

    /** One attempt of something that may fail and be tried again. */
    @FunctionalInterface
    public interface Attempt {
        void run() throws Exception;
    }

    private final Duration max;
    private Duration current = Duration.ZERO;

    public Backoff(Duration max) {
        this.max = max;
    }

    /** After a failure: how long to wait before the next attempt. */
    public Duration failed() {
        Duration next = current.isZero() ? FIRST : current.multipliedBy(2);
        current = next.compareTo(max) > 0 ? max : next;
        return current;
    }

    /** After a success: the next failure waits the shortest time again. */
    public void succeeded() {
        current = Duration.ZERO;
    }

    /**
     * Runs {@code attempt} until it passes or {@code keepGoing} turns false, sleeping the back-off after each failure
     * (told to {@code onFailure} with the wait). A {@link WakeupException} (the consumer is being closed) is not a
     * failure: it ends the retries.
     *
     * @return whether the attempt passed
     */
    public boolean retry(BooleanSupplier keepGoing, Attempt attempt, BiConsumer<Exception, Duration> onFailure)
            throws InterruptedException {
        while (keepGoing.getAsBoolean()) {
            try {
                attempt.run();
                succeeded();
                return true;
            } catch (InterruptedException | WakeupException e) {
                throw e;
            } catch (Exception e) {
                Duration wait = failed();
                onFailure.accept(e, wait);
                Thread.sleep(wait);
            }
        }
        return false;
    }
}
