package rapport.bench.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOverTheSortedSamples() {
        Latencies latencies = new Latencies();
        for (int ms = 100; ms >= 1; ms--) {
            latencies.add(ms * 1000L);
        }
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(95)).isEqualTo(95.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    }

    @Test
    void aSingleSampleIsEveryPercentileAndNoSampleIsNaN() {
        Latencies latencies = new Latencies();
        assertThat(latencies.percentileMillis(99)).isNaN();
        latencies.add(2500);
        assertThat(latencies.percentileMillis(1)).isEqualTo(2.5);
        assertThat(latencies.percentileMillis(99)).isEqualTo(2.5);
    }
}
