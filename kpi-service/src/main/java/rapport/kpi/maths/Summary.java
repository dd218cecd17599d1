package rapport.kpi.maths;

import java.util.Arrays;
import java.util.List;

/**
 * n, mean and sample variance (divisor n − 1) of a set of observations. Floating-point sums depend on the
 * order of their terms, so the observations are summed in ascending order: the same observations give the
 * same bits whatever order they come in (a rebuild reads them in another order and must give identical KPIs).
 */
public record Summary(long n, double mean, double variance) {

    static final Summary EMPTY = new Summary(0, Double.NaN, Double.NaN);

    public static Summary of(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        if (n == 0) {
            return EMPTY;
        }
        double mean = Arrays.stream(sorted).sum() / n;
        double squares = Arrays.stream(sorted).map(v -> (v - mean) * (v - mean)).sum();
        return new Summary(n, mean, n > 1 ? squares / (n - 1) : 0.0);
    }

    public double standardDeviation() {
        return Math.sqrt(variance);
    }
}
