package rapport.kpi.improvement;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import rapport.kpi.maths.Kpi;
import rapport.kpi.maths.StatisticalTest;
import rapport.kpi.settings.TeamSettings;
import rapport.kpi.settings.TeamSettingsService;
import rapport.web.Page;
import rapport.web.PageParams;
import rapport.web.ProblemException;

/**
 * Creates, lists and changes a team's improvement actions; checks their windows against docs/kpi-definitions.md ("Did
 * a change work?").
 */
@ApplicationScoped
public class ImprovementService {

    static final int DEFAULT_WINDOW_DAYS = 28;

    @Inject
    TeamSettingsService settingsService;

    @Inject
    Clock clock;

    @Transactional
    public Improvement create(String teamId, ImprovementRequest request, String user) {
        ImprovementAction action = new ImprovementAction();
        action.id = UUID.randomUUID();
        action.teamId = teamId;
        action.createdBy = user;
        action.createdAt = clock.instant();
        apply(action, request);
        action.persist();
        return Improvement.of(action);
    }

    @Transactional
    public Improvement update(String teamId, UUID id, ImprovementRequest request) {
        ImprovementAction action = find(teamId, id);
        apply(action, request);
        return Improvement.of(action);
    }

    public Improvement get(String teamId, UUID id) {
        return Improvement.of(find(teamId, id));
    }

    /** Newest date in place first. */
    public Page<Improvement> list(String teamId, PageParams page) {
        var query = ImprovementAction.find("teamId", Sort.descending("dateInPlace").and("createdAt", Sort.Direction.Descending),
                teamId);
        return Page.of(page, query.page(page.page, page.size).<ImprovementAction>list(), query.count())
                .map(Improvement::of);
    }

    ImprovementAction find(String teamId, UUID id) {
        return ImprovementAction.<ImprovementAction>find("id = ?1 and teamId = ?2", id, teamId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("improvement action", id));
    }

    private void apply(ImprovementAction action, ImprovementRequest request) {
        TeamSettings settings = settingsService.settings(action.teamId);
        Kpi kpi = Kpi.fromId(request.targetKpi()).orElseThrow(() -> ProblemException.invalidField("targetKpi",
                "unknown KPI '" + request.targetKpi() + "'; must be one of " + Kpi.ids()));
        if (kpi.test() == StatisticalTest.NONE) {
            throw ProblemException.invalidField("targetKpi", kpi.id() + " cannot be evaluated: choose a proportion, "
                    + "NPS or a mean (e.g. fcr, csat, nps, ces, aht)");
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        LocalDate inPlace = request.dateInPlace();
        if (inPlace.isAfter(today)) {
            throw ProblemException.invalidField("dateInPlace", "must not be in the future (today is " + today + ")");
        }
        LocalDate baselineTo = orElse(request.baselineTo(), inPlace);
        LocalDate baselineFrom = orElse(request.baselineFrom(), baselineTo.minusDays(DEFAULT_WINDOW_DAYS));
        LocalDate evaluationFrom = orElse(request.evaluationFrom(), inPlace);
        LocalDate evaluationTo = orElse(request.evaluationTo(), evaluationFrom.plusDays(DEFAULT_WINDOW_DAYS));
        checkWindow("baselineTo", baselineFrom, baselineTo, settings.maxPeriodDays());
        checkWindow("evaluationTo", evaluationFrom, evaluationTo, settings.maxPeriodDays());
        if (baselineTo.isAfter(evaluationFrom)) {
            throw ProblemException.invalidField("baselineTo", "the baseline window must end on or before the "
                    + "evaluation window starts (" + evaluationFrom + ")");
        }
        action.title = request.title().strip();
        action.description = request.description().strip();
        action.targetKpi = kpi.id();
        action.expectedDirection = request.expectedDirection();
        action.dateInPlace = inPlace;
        action.baselineFrom = baselineFrom;
        action.baselineTo = baselineTo;
        action.evaluationFrom = evaluationFrom;
        action.evaluationTo = evaluationTo;
        action.updatedAt = clock.instant();
    }

    private static void checkWindow(String field, LocalDate from, LocalDate to, int maxDays) {
        if (!to.isAfter(from)) {
            throw ProblemException.invalidField(field, "must be after the window's start (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) > maxDays) {
            throw ProblemException.invalidField(field, "a window may cover at most " + maxDays + " days");
        }
    }

    private static LocalDate orElse(LocalDate value, LocalDate fallback) {
        return value == null ? fallback : value;
    }
}
