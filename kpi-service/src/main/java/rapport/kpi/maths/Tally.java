package rapport.kpi.maths;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** How many times each whole-number value was observed (scores 0–10, durations in minutes). */
public record Tally(SortedMap<Integer, Long> counts) {

    public Tally {
        counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }

    public static Tally of(Map<Integer, Long> counts) {
        return new Tally(new TreeMap<>(counts));
    }

    /** A tally of single observations, e.g. {@code Tally.values(4, 5, 5)}. */
    public static Tally values(int... values) {
        TreeMap<Integer, Long> counts = new TreeMap<>();
        for (int value : values) {
            counts.merge(value, 1L, Long::sum);
        }
        return new Tally(counts);
    }

    public long n() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long sum() {
        return counts.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
    }

    /** Observations with a value in {@code [low, high]}. */
    public long between(int low, int high) {
        return counts.subMap(low, high + 1).values().stream().mapToLong(Long::longValue).sum();
    }

    public Summary summary() {
        long n = n();
        if (n == 0) {
            return Summary.EMPTY;
        }
        double mean = (double) sum() / n;
        double squares = counts.entrySet().stream()
                .mapToDouble(e -> e.getValue() * (e.getKey() - mean) * (e.getKey() - mean)).sum();
        return new Summary(n, mean, n > 1 ? squares / (n - 1) : 0.0);
    }
}
