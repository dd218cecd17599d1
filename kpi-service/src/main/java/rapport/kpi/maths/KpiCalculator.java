package rapport.kpi.maths;

import java.util.Arrays;
import java.util.List;

/** Computes any KPI of docs/kpi-definitions.md from one period's facts. */
public final class KpiCalculator {

    private KpiCalculator() {
    }

    public static List<KpiResult> all(BucketFacts facts, KpiParameters parameters) {
        return Arrays.stream(Kpi.values()).map(kpi -> compute(kpi, facts, parameters)).toList();
    }

    public static KpiResult compute(Kpi kpi, BucketFacts facts, KpiParameters parameters) {
        Scores scores = facts.scores();
        return switch (kpi) {
            case FCR -> FirstContactResolution.compute(facts.fcrGroups(), parameters.repeatWindowDays());
            case RETENTION -> Retention.retention(facts.activity());
            case CHURN -> Retention.churn(facts.activity());
            case CRR -> Retention.crr(facts.activity());
            case NPS -> Satisfaction.nps(scores.nps());
            case CSAT -> Satisfaction.csat(scores.csat());
            case CSAT_MEAN -> Satisfaction.csatMean(scores.csat());
            case CES -> Satisfaction.ces(scores.ces());
            case CES_EASY -> Satisfaction.cesEasy(scores.ces());
            case RATER_RELIABILITY -> Satisfaction.rater(kpi, scores.reliability());
            case RATER_ASSURANCE -> Satisfaction.rater(kpi, scores.assurance());
            case RATER_TANGIBLES -> Satisfaction.rater(kpi, scores.tangibles());
            case RATER_EMPATHY -> Satisfaction.rater(kpi, scores.empathy());
            case RATER_RESPONSIVENESS -> Satisfaction.rater(kpi, scores.responsiveness());
            case RESPONSE_RATE -> ResponseRate.compute(facts.invitationsSent(), facts.invitationsAnswered());
            case COMPLAINT_MEDIAN_HOURS -> ComplaintHandling.median(facts.complaints());
            case COMPLAINT_P90_HOURS -> ComplaintHandling.percentile90(facts.complaints());
            case COMPLAINT_MEAN_HOURS -> ComplaintHandling.mean(facts.complaints());
            case COMPLAINT_WITHIN_TARGET -> ComplaintHandling.withinTarget(facts.complaints(),
                    parameters.complaintTargetHours());
            case COMPLAINT_ALL_STEPS -> ComplaintHandling.allFourSteps(facts.complaints());
            case PROMISE_KEEPING -> PromiseKeeping.compute(facts.promises(), parameters.now());
            case AHT -> HandlingTime.averageHandlingTime(facts.durations());
        };
    }
}
