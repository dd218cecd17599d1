package rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    private final Clock clock = new ClockProducer().clock();

    @Test
    void tellsTheSystemTimeInUtc() {
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void tellsTimeToTheMicrosecondAsPostgresqlStoresIt() {
        for (int i = 0; i < 100; i++) {
            assertThat(clock.instant().getNano() % 1000).isZero();
        }
    }
}
