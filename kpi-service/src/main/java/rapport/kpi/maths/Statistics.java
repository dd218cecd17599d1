package rapport.kpi.maths;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The tests of docs/kpi-definitions.md ("Did a change work?"). Distributions come from Apache Commons Math; the
 * formulas are the textbook
 * ones, written out so that each step can be checked against a reference package.
 */
public final class Statistics {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);
    /** The 97.5 % quantile of the standard normal distribution, 1.959963984540054. */
    public static final double Z_95 = STANDARD_NORMAL.inverseCumulativeProbability(0.975);

    private Statistics() {
    }

    /**
     * Difference of two proportions {@code x2/n2 − x1/n1}: unpooled (Wald) 95 % interval and the
     * pooled two-sided z-test.
     */
    public static Comparison twoProportions(long x1, long n1, long x2, long n2) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double difference = p2 - p1;
        double unpooled = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double pooledError = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double z = zStatistic(difference, pooledError);
        return new Comparison(StatisticalTest.TWO_PROPORTIONS, p1, p2, difference,
                interval(difference, Z_95 * unpooled, "unpooled-wald"), z, null, twoSidedNormal(z));
    }

    /**
     * Difference of two NPS values (in points) with {@code z = ΔNPS / sqrt(Var₁/n₁ + Var₂/n₂)} and the
     * per-response variance {@code 100² × (p + d − (p − d)²)}.
     */
    public static Comparison npsDifference(long promoters1, long detractors1, long n1, long promoters2,
            long detractors2, long n2) {
        double nps1 = 100.0 * (promoters1 - detractors1) / n1;
        double nps2 = 100.0 * (promoters2 - detractors2) / n2;
        double difference = nps2 - nps1;
        double error = Math.sqrt(npsVariance(promoters1, detractors1, n1) / n1
                + npsVariance(promoters2, detractors2, n2) / n2);
        double z = zStatistic(difference, error);
        return new Comparison(StatisticalTest.NPS_DIFFERENCE, nps1, nps2, difference,
                interval(difference, Z_95 * error, "normal"), z, null, twoSidedNormal(z));
    }

    /** The variance of one response's NPS contribution (+100, 0, −100). */
    static double npsVariance(long promoters, long detractors, long n) {
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        return 100.0 * 100.0 * (p + d - (p - d) * (p - d));
    }

    /** Welch's unequal-variances t-test of {@code after.mean − before.mean}, with the Welch–Satterthwaite df. */
    public static Comparison welch(Summary before, Summary after) {
        double a = before.variance() / before.n();
        double b = after.variance() / after.n();
        double error = Math.sqrt(a + b);
        double difference = after.mean() - before.mean();
        if (error == 0) {
            double p = difference == 0 ? 1.0 : 0.0;
            return new Comparison(StatisticalTest.WELCH, before.mean(), after.mean(), difference,
                    interval(difference, 0, "welch-t"), difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY,
                    difference), null, p);
        }
        double df = (a + b) * (a + b) / (a * a / (before.n() - 1) + b * b / (after.n() - 1));
        TDistribution t = new TDistribution(df);
        double statistic = difference / error;
        double p = 2 * t.cumulativeProbability(-Math.abs(statistic));
        double quantile = t.inverseCumulativeProbability(0.975);
        return new Comparison(StatisticalTest.WELCH, before.mean(), after.mean(), difference,
                interval(difference, quantile * error, "welch-t"), statistic, df, p);
    }

    /**
     * The 95 % interval of one mean, {@code mean ± t(0.975, n − 1) × s / √n}; null below two
     * observations, where there is no sample variance.
     */
    public static Interval meanInterval(Summary summary) {
        if (summary.n() < 2) {
            return null;
        }
        double quantile = new TDistribution(summary.n() - 1).inverseCumulativeProbability(0.975);
        return interval(summary.mean(), quantile * summary.standardDeviation() / Math.sqrt(summary.n()), "student-t");
    }

    private static double zStatistic(double difference, double standardError) {
        return standardError == 0 ? 0.0 : difference / standardError;
    }

    private static double twoSidedNormal(double z) {
        return 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
    }

    private static Interval interval(double centre, double halfWidth, String method) {
        return new Interval(centre - halfWidth, centre + halfWidth, 0.95, method);
    }
}
