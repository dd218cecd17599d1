package rapport.demo.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the load is doing, for a person watching: one line per stage with its counts and the time since the start.
 * On a terminal the running stage's line is redrawn every half second; otherwise (a log, a test) a running stage
 * prints its counts every five seconds.
 */
final class Progress implements AutoCloseable {

    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "demo-progress");
        thread.setDaemon(true);
        return thread;
    });

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void say(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** A stage of {@code total} items; {@link Stage#done} prints its final line. */
    Stage stage(String name, int total) {
        Stage stage = new Stage(name, total);
        long period = terminal ? 500 : 5000;
        stage.ticking = ticker.scheduleAtFixedRate(() -> stage.show(false), period, period, TimeUnit.MILLISECONDS);
        return stage;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    private String seconds() {
        return String.format(Locale.ROOT, "%6.1f s", elapsed().toMillis() / 1000.0);
    }

    final class Stage {

        private final String name;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger created = new AtomicInteger();
        private volatile String note = "";
        private java.util.concurrent.ScheduledFuture<?> ticking;

        private Stage(String name, int total) {
            this.name = name;
            this.total = total;
        }

        /** One item handled: written now ({@code created}) or found already there. */
        void advance(boolean wasCreated) {
            done.incrementAndGet();
            if (wasCreated) {
                created.incrementAndGet();
            }
        }

        int created() {
            return created.get();
        }

        /** Extra words after the counts, e.g. what the stage is waiting for. */
        void note(String words) {
            note = words;
        }

        void done(String summary) {
            ticking.cancel(false);
            note = summary;
            show(true);
        }

        private void show(boolean last) {
            String line = String.format(Locale.ROOT, "  %-16s %5d of %-5d %5d new  %s", name, done.get(), total,
                    created.get(), seconds()) + (note.isEmpty() ? "" : "  " + note);
            synchronized (out) {
                if (terminal) {
                    out.print("\r\033[K" + line + (last ? "\n" : ""));
                } else if (last || done.get() < total) {
                    out.println(line);
                }
                out.flush();
            }
        }
    }
}
