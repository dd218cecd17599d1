package rapport.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RateLimiter limiter = new RateLimiter(3, TimeUnit.SECONDS.toNanos(60), 2, now::get);

    @Test
    void aClientGetsItsBurstThenWaitsForTheNextToken() {
        assertThat(limiter.tryAcquire("a")).isZero();
        assertThat(limiter.tryAcquire("a")).isZero();
        assertThat(limiter.tryAcquire("a")).isZero();
        assertThat(limiter.tryAcquire("a")).isEqualTo(20); // one token every 60 s / 3
        now.addAndGet(TimeUnit.SECONDS.toNanos(19));
        assertThat(limiter.tryAcquire("a")).isEqualTo(1);
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(limiter.tryAcquire("a")).isZero();
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        assertThat(limiter.tryAcquire("a")).isPositive();
        assertThat(limiter.tryAcquire("b")).isZero();
    }

    @Test
    void idleFullBucketsAreForgottenWhenTooManyClientsAreTracked() {
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        now.addAndGet(TimeUnit.SECONDS.toNanos(60));
        limiter.tryAcquire("c");
        assertThat(limiter.trackedClients()).isEqualTo(1);
    }

    @Test
    void aBusyClientIsNotForgotten() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("a");
        }
        limiter.tryAcquire("b");
        limiter.tryAcquire("c");
        assertThat(limiter.tryAcquire("a")).isPositive();
    }
}
