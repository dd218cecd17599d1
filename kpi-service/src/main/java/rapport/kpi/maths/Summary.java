package rapport.kpi.maths;

import java.util.List;

/** n, mean and sample variance (divisor n − 1) of a set of observations. */
public record Summary(long n, double mean, double variance) {

    static final Summary EMPTY = new Summary(0, Double.NaN, Double.NaN);

    public static Summary of(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return EMPTY;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return new Summary(n, mean, n > 1 ? squares / (n - 1) : 0.0);
    }

    public double standardDeviation() {
        return Math.sqrt(variance);
    }
}
