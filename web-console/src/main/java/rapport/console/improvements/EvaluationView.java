package rapport.console.improvements;

import io.quarkus.qute.RawString;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;
import rapport.console.kpis.KpiCharts;
import rapport.console.services.kpis.Improvement;
import rapport.console.services.kpis.ImprovementEvaluation;
import rapport.console.services.kpis.KpiTile;

/**
 * One improvement action and, once its evaluation window has started, kpi-service's evaluation: both windows with n
 * and 95 % interval as a before/after chart, the difference with its interval, the p-value and the verdict in plain
 * words (docs/kpi-definitions.md, "Did a change work?"). {@code evaluation} is null before the window starts.
 */
public record EvaluationView(Improvement improvement, ImprovementEvaluation evaluation, LocalDate today) {

    /** The banner's case: the evaluation window has not ended yet (or not started), so there is no verdict yet. */
    public boolean windowOpen() {
        return evaluation == null || evaluation.inProgress();
    }

    public boolean notStarted() {
        return evaluation == null;
    }

    public RawString chart() {
        return KpiCharts.beforeAfter(evaluation);
    }

    public String before() {
        return value(evaluation.baseline());
    }

    public String after() {
        return value(evaluation.evaluation());
    }

    private static String value(ImprovementEvaluation.WindowResult window) {
        return KpiTile.of(window.result()).value() + " (n = " + window.result().n() + ")";
    }

    /** "+13.2 percentage points (95 % interval +2.1 to +24.3)", or null when a window has no observations. */
    public String difference() {
        if (evaluation.difference() == null) {
            return null;
        }
        String unit = evaluation.differenceUnit() == null ? "" : " " + evaluation.differenceUnit().replace('-', ' ');
        String text = signed(evaluation.difference()) + unit;
        if (evaluation.interval() != null && evaluation.interval().lower() != null) {
            text += " (95 % interval " + signed(evaluation.interval().lower()) + " to "
                    + signed(evaluation.interval().upper()) + ")";
        }
        return text;
    }

    /** "p = 0.04" with two significant digits, "p < 0.001" below that, as kpi-service's sentence writes it. */
    public String pValue() {
        Double p = evaluation.pValue();
        if (p == null) {
            return null;
        }
        return p < 0.001 ? "p < 0.001" : "p = " + new BigDecimal(p).round(new MathContext(2)).stripTrailingZeros()
                .toPlainString();
    }

    /** The test kpi-service used (docs/kpi-definitions.md, "Did a change work?"). */
    public String testName() {
        return switch (String.valueOf(evaluation.test())) {
            case "TWO_PROPORTIONS" -> "two-proportion z-test";
            case "NPS_DIFFERENCE" -> "z-test of the NPS difference";
            case "WELCH" -> "Welch's t-test";
            default -> "no test";
        };
    }

    public String verdictClass() {
        return evaluation.verdict().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String signed(double value) {
        return String.format(Locale.UK, "%+.1f", value);
    }
}
