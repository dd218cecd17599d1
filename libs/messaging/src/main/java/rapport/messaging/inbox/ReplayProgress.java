package rapport.messaging.inbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a replay of the consumed topics stands: {@code processed} of {@code total} records (the
 * topics' size when the replay started), and how fast it goes.
 */
public record ReplayProgress(State state, Instant startedAt, Instant finishedAt, long total, long processed) {

    /** {@code REFUSED}: the last replay requested did not start, because another instance shares the consumer group. */
    public enum State { NEVER_RUN, RUNNING, FINISHED, REFUSED }

    static final ReplayProgress NEVER_RUN = new ReplayProgress(State.NEVER_RUN, null, null, 0, 0);

    public double percent() {
        return total == 0 ? (state == State.NEVER_RUN ? 0 : 100) : Math.min(100.0, 100.0 * processed / total);
    }

    public double recordsPerSecond() {
        if (startedAt == null) {
            return 0;
        }
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, end).toNanos() / 1e9);
        return processed / seconds;
    }
}
