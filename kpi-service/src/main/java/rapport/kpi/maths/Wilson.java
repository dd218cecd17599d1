package rapport.kpi.maths;

/** The Wilson score interval for a proportion (Wilson 1927), in percent. */
public final class Wilson {

    private Wilson() {
    }

    public static Interval interval(long successes, long n) {
        double z = Statistics.Z_95;
        double p = (double) successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half), 0.95, "wilson");
    }
}
