package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WaiterTest {

    @Test
    void readyAfterSomePolls() {
        AtomicInteger polls = new AtomicInteger();
        assertThat(Waiter.await(() -> polls.incrementAndGet() >= 3, () -> true, Duration.ofSeconds(10), null))
                .isEqualTo(Waiter.Outcome.READY);
        assertThat(polls.get()).isEqualTo(3);
    }

    @Test
    void stopsWhenTheProcessDies() {
        assertThat(Waiter.await(() -> false, () -> false, Duration.ofSeconds(10), null))
                .isEqualTo(Waiter.Outcome.DIED);
    }

    @Test
    void timesOutAndShowsProgress() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        assertThat(Waiter.await(() -> false, () -> true, Duration.ofMillis(2600), new PrintStream(out, true)))
                .isEqualTo(Waiter.Outcome.TIMED_OUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
        assertThat(out.toString()).isEqualTo(".");
    }
}
