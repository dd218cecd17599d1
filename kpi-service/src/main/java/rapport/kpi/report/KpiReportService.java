package rapport.kpi.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import rapport.kpi.maths.Bucket;
import rapport.kpi.maths.BucketFacts;
import rapport.kpi.maths.BucketSize;
import rapport.kpi.maths.Facts;
import rapport.kpi.maths.Kpi;
import rapport.kpi.maths.KpiCalculator;
import rapport.kpi.maths.KpiParameters;
import rapport.kpi.maths.KpiResult;
import rapport.kpi.maths.Periods;
import rapport.kpi.settings.TeamSettings;
import rapport.kpi.settings.TeamSettingsService;

/** KPI reports and series: gathers the facts for the team's period or buckets and lets the maths compute. */
@ApplicationScoped
public class KpiReportService {

    @Inject
    FactGatherer facts;

    @Inject
    TeamSettingsService settingsService;

    @Inject
    Clock clock;

    public KpiReport report(String teamId, LocalDate from, LocalDate to, KpiFilter filter) {
        TeamSettings settings = settingsService.settings(teamId);
        Instant now = clock.instant();
        Bucket period = Periods.period(from, to, settings.zone());
        BucketFacts gathered = facts.gather(teamId, List.of(period), EnumSet.allOf(Facts.class), filter, now)
                .getFirst();
        return new KpiReport(teamId, from, to, settings.timeZone(), filter, settings.repeatWindowDays(),
                settings.complaintTargetHours(), now, KpiCalculator.all(gathered, parameters(settings, now)));
    }

    /** One KPI over one period of the team's calendar. */
    public KpiResult result(String teamId, Kpi kpi, LocalDate from, LocalDate to, KpiFilter filter) {
        TeamSettings settings = settingsService.settings(teamId);
        Bucket period = Periods.period(from, to, settings.zone());
        Instant now = clock.instant();
        BucketFacts gathered = facts.gather(teamId, List.of(period), Set.of(kpi.facts()), filter, now).getFirst();
        return KpiCalculator.compute(kpi, gathered, parameters(settings, now));
    }

    public KpiSeries series(String teamId, Kpi kpi, LocalDate from, LocalDate to, BucketSize size, KpiFilter filter) {
        TeamSettings settings = settingsService.settings(teamId);
        Instant now = clock.instant();
        List<Bucket> buckets = Periods.buckets(from, to, size, settings.zone());
        List<BucketFacts> gathered = facts.gather(teamId, buckets, Set.of(kpi.facts()), filter, now);
        KpiParameters parameters = parameters(settings, now);
        List<SeriesPoint> points = new ArrayList<>(buckets.size());
        for (int k = 0; k < buckets.size(); k++) {
            Bucket bucket = buckets.get(k);
            points.add(new SeriesPoint(bucket.from(), bucket.to(), KpiCalculator.compute(kpi, gathered.get(k), parameters)));
        }
        return new KpiSeries(teamId, kpi, kpi.definition(), size, from, to, settings.timeZone(), filter, now, points);
    }

    private static KpiParameters parameters(TeamSettings settings, Instant now) {
        return new KpiParameters(settings.repeatWindowDays(), settings.complaintTargetHours(), now);
    }
}
