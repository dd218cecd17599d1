package rapport.bench.interactions;

import java.util.Arrays;

/** Latency samples of one step, in microseconds; percentiles by nearest rank over the sorted samples. */
final class Latencies {

    private long[] samples = new long[1024];
    private int size;

    synchronized void add(long micros) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = micros;
    }

    synchronized int count() {
        return size;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds, nearest rank; NaN without samples. */
    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1000.0;
    }
}
