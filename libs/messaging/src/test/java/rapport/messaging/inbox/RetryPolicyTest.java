package rapport.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3);

    @Test
    void aTransientFailureIsRetriedLaterWhateverTheAttempt() {
        Exception down = new IllegalStateException(new SQLTransientConnectionException("connection refused"));
        assertThat(policy.after(down, 1)).isEqualTo(RetryPolicy.Decision.RETRY_LATER);
        assertThat(policy.after(down, 10)).isEqualTo(RetryPolicy.Decision.RETRY_LATER);
        assertThat(policy.after(new RetryLaterException("key not here yet"), 5)).isEqualTo(RetryPolicy.Decision.RETRY_LATER);
    }

    @Test
    void anUnprocessableEventIsDeadLetteredAtOnce() {
        assertThat(policy.after(new IllegalStateException(new UnprocessableEventException("bad")), 1))
                .isEqualTo(RetryPolicy.Decision.DEAD_LETTER);
    }

    @Test
    void anyOtherFailureIsRetriedSoonUntilTheLastAttempt() {
        Exception bug = new IllegalArgumentException("a bug");
        assertThat(policy.after(bug, 1)).isEqualTo(RetryPolicy.Decision.RETRY_NOW);
        assertThat(policy.after(bug, 2)).isEqualTo(RetryPolicy.Decision.RETRY_NOW);
        assertThat(policy.after(bug, 3)).isEqualTo(RetryPolicy.Decision.DEAD_LETTER);
        assertThat(policy.pauseAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.pauseAfter(2)).isEqualTo(Duration.ofMillis(200));
    }
}
