package rapport.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromHalfASecondUpToTheCeilingAndStartsOverAfterASuccess() {
        Backoff backoff = new Backoff(Duration.ofSeconds(3));
        assertThat(List.of(backoff.failed(), backoff.failed(), backoff.failed(), backoff.failed(), backoff.failed()))
                .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofSeconds(3), Duration.ofSeconds(3));
        backoff.succeeded();
        assertThat(backoff.failed()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void retryRunsTheAttemptAgainAfterEachFailureUntilItPasses() throws Exception {
        Backoff backoff = new Backoff(Duration.ofMillis(1));
        List<Duration> waits = new ArrayList<>();
        int[] attempts = {0};
        boolean passed = backoff.retry(() -> true, () -> {
            if (++attempts[0] < 3) {
                throw new IllegalStateException("not yet");
            }
        }, (e, wait) -> waits.add(wait));
        assertThat(passed).isTrue();
        assertThat(attempts[0]).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofMillis(1), Duration.ofMillis(1));
        assertThat(backoff.failed()).as("reset by the success").isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void retryGivesUpWhenToldToStop() throws Exception {
        Backoff backoff = new Backoff(Duration.ofMillis(1));
        int[] attempts = {0};
        boolean passed = backoff.retry(() -> attempts[0] < 2, () -> {
            attempts[0]++;
            throw new IllegalStateException("never");
        }, (e, wait) -> { });
        assertThat(passed).isFalse();
        assertThat(attempts[0]).isEqualTo(2);
    }
}
