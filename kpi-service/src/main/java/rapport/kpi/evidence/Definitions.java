package rapport.kpi.evidence;

import rapport.kpi.maths.Kpi;

/** Each KPI's definition in one sentence for a learner and an assessor (the same words as docs/kpi-definitions.md). */
final class Definitions {

    private Definitions() {
    }

    static String of(Kpi kpi) {
        return switch (kpi) {
            case FCR -> "Cases opened by an inbound contact in the period that the first contact resolved, with no "
                    + "repeat inbound contact (same case, or a new case of the same category) within W days.";
            case RETENTION -> "Customers active in the previous period of the same length who were active again in "
                    + "this one (active: a contact whose outcome is not NO_RESPONSE).";
            case CHURN -> "100 % minus the retention rate.";
            case CRR -> "(E - N) / S: customers active in the period (E) minus new customers (N), over customers "
                    + "active in the previous period (S).";
            case NPS -> "% promoters (9-10) minus % detractors (0-6) of NPS answers given in the period; the interval "
                    + "is the 95 % margin of error.";
            case CSAT -> "% of CSAT answers (1-5) that are 4 or 5; 95 % Wilson interval.";
            case CSAT_MEAN -> "Mean of CSAT answers (1-5).";
            case CES -> "Mean of CES answers (1-7, 'the business made it easy to handle my issue').";
            case CES_EASY -> "% of CES answers that are 5, 6 or 7.";
            case RATER_RELIABILITY, RATER_ASSURANCE, RATER_TANGIBLES, RATER_EMPATHY, RATER_RESPONSIVENESS ->
                    "Mean rating (1-5) of this RATER/SERVQUAL dimension, with its own n.";
            case RESPONSE_RATE -> "Survey invitations sent in the period that have been answered (at any time).";
            case COMPLAINT_MEDIAN_HOURS -> "Median hours from a complaint's first contact to its resolution, over "
                    + "complaint cases resolved in the period.";
            case COMPLAINT_P90_HOURS -> "90th percentile (nearest rank) of those hours.";
            case COMPLAINT_MEAN_HOURS -> "Mean of those hours.";
            case COMPLAINT_WITHIN_TARGET -> "Complaints resolved in the period within the team's target hours.";
            case COMPLAINT_ALL_STEPS -> "Complaints resolved in the period with all four steps recorded: Acknowledge, "
                    + "Apologise, Act, Assure.";
            case PROMISE_KEEPING -> "Follow-up promises due in the period (completed, or already past due) that were "
                    + "completed at or before their due time.";
            case AHT -> "Mean duration in minutes of the period's contacts that have one.";
        };
    }
}
