package rapport.kpi.maths;

/** Order statistics of a non-empty, ascending array, as docs/kpi-definitions.md defines them. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The middle value; the mean of the two middle values when n is even. */
    public static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /** Nearest-rank percentile: the value at rank ⌈p/100 × n⌉ (1-based). */
    public static double nearestRank(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }
}
