package rapport.kpi.maths;

import java.util.LinkedHashMap;
import java.util.Map;

/** Survey-answer KPIs: nps/v1, csat/v1, ces/v1 and rater/v1 (docs/kpi-definitions.md), from tallies of the answers. */
public final class Satisfaction {

    /** The spec's margin of error uses the constant 1.96 as written. */
    static final double NPS_MARGIN_Z = 1.96;

    private Satisfaction() {
    }

    /** {@code 100 × (promoters − detractors) / n} with its 95 % margin of error as the interval. */
    public static KpiResult nps(Tally answers) {
        long n = answers.n();
        long promoters = answers.between(9, 10);
        long passives = answers.between(7, 8);
        long detractors = answers.between(0, 6);
        Map<String, Number> details = new LinkedHashMap<>();
        details.put("promoters", promoters);
        details.put("passives", passives);
        details.put("detractors", detractors);
        if (n == 0) {
            return KpiResult.of(Kpi.NPS, null, 0L, 0, null, details);
        }
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        double score = 100.0 * (promoters - detractors) / n;
        double margin = NPS_MARGIN_Z * 100.0 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
        details.put("marginOfError", margin);
        return KpiResult.of(Kpi.NPS, score, promoters - detractors, n,
                new Interval(score - margin, score + margin, 0.95, "nps-margin-of-error"), details);
    }

    /** % of CSAT answers that are 4 or 5, with its 95 % Wilson interval. */
    public static KpiResult csat(Tally answers) {
        long n = answers.n();
        long satisfied = answers.between(4, 5);
        return KpiResult.percentage(Kpi.CSAT, satisfied, n, n == 0 ? null : Wilson.interval(satisfied, n), Map.of());
    }

    public static KpiResult csatMean(Tally answers) {
        return KpiResult.mean(Kpi.CSAT_MEAN, answers);
    }

    public static KpiResult ces(Tally answers) {
        return KpiResult.mean(Kpi.CES, answers);
    }

    /** % of CES answers 5–7 ("the business made it easy"). */
    public static KpiResult cesEasy(Tally answers) {
        return KpiResult.percentage(Kpi.CES_EASY, answers.between(5, 7), answers.n(), null, Map.of());
    }

    /** One RATER dimension: its mean and n. */
    public static KpiResult rater(Kpi dimension, Tally answers) {
        return KpiResult.mean(dimension, answers);
    }
}
