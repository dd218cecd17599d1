package rapport.kpi.improvement;

import java.math.BigDecimal;
import java.math.MathContext;
import rapport.charts.Scale;
import rapport.kpi.maths.Evaluation;
import rapport.kpi.maths.Kpi;
import rapport.kpi.maths.KpiResult;
import rapport.kpi.maths.Unit;
import rapport.kpi.maths.Verdict;

/** Says an evaluation in one sentence a learner can paste into a portfolio. */
public final class PlainWords {

    private PlainWords() {
    }

    /** e.g. "FCR rose from 61 % (n=88) to 74 % (n=95); p = 0.04: a significant improvement." */
    public static String sentence(Kpi kpi, Evaluation evaluation) {
        KpiResult before = evaluation.before();
        KpiResult after = evaluation.after();
        String name = shortName(kpi);
        if (before.value() == null || after.value() == null) {
            return name + " cannot be compared yet: " + (before.value() == null ? "the baseline" : "the evaluation")
                    + " window has no observations (n=0); " + verdictWords(evaluation.verdict()) + ".";
        }
        String movement = after.value() > before.value() ? "rose" : after.value() < before.value() ? "fell"
                : "stayed the same";
        StringBuilder text = new StringBuilder(name).append(' ').append(movement).append(" from ")
                .append(value(before)).append(" to ").append(value(after));
        if (evaluation.comparison() != null) {
            text.append("; ").append(pValue(evaluation.comparison().pValue()));
        }
        return text.append(": ").append(verdictWords(evaluation.verdict())).append('.').toString();
    }

    static String value(KpiResult result) {
        return number(result.value(), result.unit()) + " (n=" + result.n() + ")";
    }

    /** A KPI value with its unit, as shown to people (and on the charts): "74 %", "+12", "4.30", "6.5 min", "30.0 h". */
    public static String number(Double value, Unit unit) {
        return scale(unit).format(value);
    }

    /** The chart scale of a unit: the charts library names its scales with the units' labels. */
    public static Scale scale(Unit unit) {
        return Scale.fromLabel(unit.label());
    }

    /** "p = 0.04", two significant digits; "p < 0.001" below that. */
    public static String pValue(double p) {
        if (p < 0.001) {
            return "p < 0.001";
        }
        return "p = " + new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }

    static String verdictWords(Verdict verdict) {
        return switch (verdict) {
            case IMPROVED -> "a significant improvement";
            case WORSENED -> "a significant change for the worse";
            case NO_SIGNIFICANT_CHANGE -> "not a significant change (it may be chance)";
            case INSUFFICIENT_DATA -> "too few observations to tell (fewer than 30 in a window)";
            case IN_PROGRESS -> "the evaluation window is still open";
        };
    }

    private static String shortName(Kpi kpi) {
        return switch (kpi) {
            case FCR -> "FCR";
            case NPS -> "NPS";
            case CSAT -> "CSAT";
            case CES -> "CES";
            case AHT -> "Average handling time";
            default -> kpi.title();
        };
    }
}
