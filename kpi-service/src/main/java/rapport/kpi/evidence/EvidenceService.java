package rapport.kpi.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import rapport.kpi.improvement.ImprovementAction;
import rapport.kpi.improvement.ImprovementEvaluation;
import rapport.kpi.improvement.ImprovementEvaluator;
import rapport.kpi.maths.BucketSize;
import rapport.kpi.maths.Kpi;
import rapport.kpi.maths.Periods;
import rapport.kpi.report.KpiFilter;
import rapport.kpi.report.KpiReport;
import rapport.kpi.report.KpiReportService;
import rapport.kpi.report.KpiSeries;
import rapport.kpi.report.Period;
import rapport.kpi.settings.TeamSettings;
import rapport.kpi.settings.TeamSettingsService;

/** Assembles an evidence pack: KPIs with definitions and n, series, evaluated improvement actions, comments. */
@ApplicationScoped
public class EvidenceService {

    /** Periods up to this many days are charted per day, longer ones per ISO week. */
    static final int DAILY_UP_TO_DAYS = 31;

    @Inject
    KpiReportService reports;

    @Inject
    ImprovementEvaluator evaluator;

    @Inject
    TeamSettingsService settingsService;

    @Inject
    EvidenceFacts facts;

    @Inject
    Clock clock;

    public EvidencePack pack(String teamId, Period period, KpiFilter filter) {
        TeamSettings settings = settingsService.settings(teamId);
        KpiReport report = reports.report(teamId, period.from(), period.to(), filter);
        BucketSize size = ChronoUnit.DAYS.between(period.from(), period.to()) <= DAILY_UP_TO_DAYS
                ? BucketSize.DAY : BucketSize.WEEK;
        List<KpiSeries> series = Arrays.stream(Kpi.values())
                .map(kpi -> reports.series(teamId, kpi, period.from(), period.to(), size, filter)).toList();
        var bucket = Periods.period(period.from(), period.to(), settings.zone());
        return new EvidencePack(teamId, filter.agent(), filter.customerKind(), filter.valueSegment(), period.from(),
                period.to(), settings.timeZone(), report.generatedAt(),
                settings.repeatWindowDays(), settings.complaintTargetHours(), settings.assessmentCriteria(),
                report.kpis(), series, improvements(teamId, period, filter, settings),
                facts.comments(teamId, bucket, filter, settings.zone()));
    }

    /** The team's actions put in place before the period ends whose evaluation window has started. */
    private List<ImprovementEvaluation> improvements(String teamId, Period period, KpiFilter filter,
            TeamSettings settings) {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        List<ImprovementAction> actions = ImprovementAction.list(
                "teamId = ?1 and dateInPlace < ?2 and evaluationFrom <= ?3 order by dateInPlace", teamId, period.to(),
                today);
        return actions.stream().map(action -> evaluator.evaluate(teamId, action.id, filter)).toList();
    }

    List<CaseFactRow> cases(String teamId, Period period, KpiFilter filter) {
        TeamSettings settings = settingsService.settings(teamId);
        return facts.cases(teamId, Periods.period(period.from(), period.to(), settings.zone()), filter, settings.zone(),
                settings.repeatWindowDays());
    }

    List<ResponseFactRow> responses(String teamId, Period period, KpiFilter filter) {
        TeamSettings settings = settingsService.settings(teamId);
        return facts.responses(teamId, Periods.period(period.from(), period.to(), settings.zone()), filter,
                settings.zone());
    }
}
