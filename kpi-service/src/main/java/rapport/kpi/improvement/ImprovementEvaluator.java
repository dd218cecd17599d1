package rapport.kpi.improvement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import rapport.kpi.maths.Comparison;
import rapport.kpi.maths.Evaluation;
import rapport.kpi.maths.Interval;
import rapport.kpi.maths.Kpi;
import rapport.kpi.maths.KpiResult;
import rapport.kpi.maths.Unit;
import rapport.kpi.report.KpiFilter;
import rapport.kpi.report.KpiReportService;
import rapport.kpi.settings.TeamSettingsService;
import rapport.web.ProblemException;

/**
 * Computes an improvement action's target KPI in both windows and the test and verdict of docs/kpi-definitions.md
 * ("Did a change work?").
 */
@ApplicationScoped
public class ImprovementEvaluator {

    @Inject
    ImprovementService improvements;

    @Inject
    KpiReportService reports;

    @Inject
    TeamSettingsService settings;

    @Inject
    Clock clock;

    public ImprovementEvaluation evaluate(String teamId, UUID id, KpiFilter filter) {
        Improvement improvement = improvements.get(teamId, id);
        ZoneId zone = settings.settings(teamId).zone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (improvement.evaluation().from().isAfter(today)) {
            throw ProblemException.unprocessable("evaluation-window-in-future", "Evaluation window in the future",
                    "the evaluation window starts on " + improvement.evaluation().from() + ", after today (" + today
                            + "): there is nothing to evaluate yet", "evaluation.from");
        }
        Kpi kpi = Kpi.fromId(improvement.targetKpi()).orElseThrow();
        KpiResult before = reports.result(teamId, kpi, improvement.baseline().from(), improvement.baseline().to(), filter);
        KpiResult after = reports.result(teamId, kpi, improvement.evaluation().from(), improvement.evaluation().to(),
                filter);
        boolean open = improvement.evaluation().to().atStartOfDay(zone).toInstant().isAfter(now);
        Evaluation evaluation = Evaluation.of(before, after, improvement.expectedDirection(), open);
        Comparison c = evaluation.comparison();
        double scale = kpi.unit() == Unit.PERCENT ? 100.0 : 1.0;
        return new ImprovementEvaluation(improvement, kpi, kpi.definition(), improvement.expectedDirection(),
                WindowResult.of(improvement.baseline(), before), WindowResult.of(improvement.evaluation(), after),
                kpi.test(), c == null ? null : c.difference() * scale, differenceUnit(kpi),
                c == null ? null : scaled(c.interval(), scale), c == null ? null : c.statistic(),
                c == null ? null : c.degreesOfFreedom(), c == null ? null : c.pValue(), evaluation.verdict(),
                PlainWords.sentence(kpi, evaluation), now);
    }

    private static String differenceUnit(Kpi kpi) {
        return switch (kpi.unit()) {
            case PERCENT -> "percentage-points";
            case NPS_POINTS -> "nps-points";
            default -> kpi.unit().label();
        };
    }

    private static Interval scaled(Interval interval, double scale) {
        return new Interval(interval.lower() * scale, interval.upper() * scale, interval.level(), interval.method());
    }
}
