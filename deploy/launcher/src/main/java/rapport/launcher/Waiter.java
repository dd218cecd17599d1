package rapport.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a readiness probe until it answers, the watched process dies, or time runs out; prints progress. */
final class Waiter {

    enum Outcome {
        READY, DIED, TIMED_OUT
    }

    private static final long POLL_MILLIS = 250;
    private static final long DOT_MILLIS = 2000;

    private Waiter() {
    }

    /**
     * @param alive  whether the process we wait for still runs (return true when there is no such process)
     * @param output where to print a dot every two seconds, or null for silence
     */
    static Outcome await(BooleanSupplier ready, BooleanSupplier alive, Duration timeout, PrintStream output) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextDot = start + DOT_MILLIS * 1_000_000;
        while (true) {
            if (ready.getAsBoolean()) {
                return Outcome.READY;
            }
            if (!alive.getAsBoolean()) {
                return ready.getAsBoolean() ? Outcome.READY : Outcome.DIED;
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                return Outcome.TIMED_OUT;
            }
            if (output != null && now >= nextDot) {
                output.print('.');
                output.flush();
                nextDot += DOT_MILLIS * 1_000_000;
            }
            Sleep.millis(Math.min(POLL_MILLIS, Math.max(1, (deadline - now) / 1_000_000)));
        }
    }

    static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
