package rapport.kpi.maths;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every KPI of docs/kpi-definitions.md with the name and version of its definition. A definition's version changes
 * whenever what it counts changes, so a stored or exported number always says how it was computed.
 */
public enum Kpi {
    FCR("fcr", "First contact resolution", "fcr/v1", Unit.PERCENT, Facts.CASES, StatisticalTest.TWO_PROPORTIONS),
    RETENTION("retention", "Retention rate", "retention/v1", Unit.PERCENT, Facts.ACTIVITY, StatisticalTest.TWO_PROPORTIONS),
    CHURN("churn", "Churn rate", "retention/v1", Unit.PERCENT, Facts.ACTIVITY, StatisticalTest.TWO_PROPORTIONS),
    CRR("crr", "Customer retention rate (E - N) / S", "crr/v1", Unit.PERCENT, Facts.ACTIVITY, StatisticalTest.NONE),
    NPS("nps", "Net Promoter Score", "nps/v1", Unit.NPS_POINTS, Facts.SCORES, StatisticalTest.NPS_DIFFERENCE),
    CSAT("csat", "Customer satisfaction (% answering 4 or 5)", "csat/v1", Unit.PERCENT, Facts.SCORES,
            StatisticalTest.TWO_PROPORTIONS),
    CSAT_MEAN("csat-mean", "Customer satisfaction, mean (1–5)", "csat/v1", Unit.MEAN_SCORE, Facts.SCORES,
            StatisticalTest.WELCH),
    CES("ces", "Customer effort score, mean (1–7)", "ces/v1", Unit.MEAN_SCORE, Facts.SCORES, StatisticalTest.WELCH),
    CES_EASY("ces-easy", "Customer effort score, % answering 5–7", "ces/v1", Unit.PERCENT, Facts.SCORES,
            StatisticalTest.TWO_PROPORTIONS),
    RATER_RELIABILITY("rater-reliability", "RATER reliability, mean (1–5)", "rater/v1", Unit.MEAN_SCORE, Facts.SCORES,
            StatisticalTest.WELCH),
    RATER_ASSURANCE("rater-assurance", "RATER assurance, mean (1–5)", "rater/v1", Unit.MEAN_SCORE, Facts.SCORES,
            StatisticalTest.WELCH),
    RATER_TANGIBLES("rater-tangibles", "RATER tangibles, mean (1–5)", "rater/v1", Unit.MEAN_SCORE, Facts.SCORES,
            StatisticalTest.WELCH),
    RATER_EMPATHY("rater-empathy", "RATER empathy, mean (1–5)", "rater/v1", Unit.MEAN_SCORE, Facts.SCORES,
            StatisticalTest.WELCH),
    RATER_RESPONSIVENESS("rater-responsiveness", "RATER responsiveness, mean (1–5)", "rater/v1", Unit.MEAN_SCORE,
            Facts.SCORES, StatisticalTest.WELCH),
    RESPONSE_RATE("response-rate", "Survey response rate", "response-rate/v1", Unit.PERCENT, Facts.INVITATIONS,
            StatisticalTest.TWO_PROPORTIONS),
    COMPLAINT_MEDIAN_HOURS("complaint-median-hours", "Complaint resolution time, median", "complaint-handling/v1",
            Unit.HOURS, Facts.COMPLAINTS, StatisticalTest.NONE),
    COMPLAINT_P90_HOURS("complaint-p90-hours", "Complaint resolution time, 90th percentile (nearest rank)",
            "complaint-handling/v1", Unit.HOURS, Facts.COMPLAINTS, StatisticalTest.NONE),
    COMPLAINT_MEAN_HOURS("complaint-mean-hours", "Complaint resolution time, mean", "complaint-handling/v1",
            Unit.HOURS, Facts.COMPLAINTS, StatisticalTest.WELCH),
    COMPLAINT_WITHIN_TARGET("complaint-within-target", "Complaints resolved within the target time",
            "complaint-handling/v1", Unit.PERCENT, Facts.COMPLAINTS, StatisticalTest.TWO_PROPORTIONS),
    COMPLAINT_ALL_STEPS("complaint-all-steps", "Complaints with all four handling steps recorded",
            "complaint-handling/v1", Unit.PERCENT, Facts.COMPLAINTS, StatisticalTest.TWO_PROPORTIONS),
    PROMISE_KEEPING("promise-keeping", "Follow-up promises kept", "promise-keeping/v1", Unit.PERCENT, Facts.PROMISES,
            StatisticalTest.TWO_PROPORTIONS),
    AHT("aht", "Average handling time", "aht/v1", Unit.MINUTES, Facts.DURATIONS, StatisticalTest.WELCH);

    private final String id;
    private final String title;
    private final String definition;
    private final Unit unit;
    private final Facts facts;
    private final StatisticalTest test;

    Kpi(String id, String title, String definition, Unit unit, Facts facts, StatisticalTest test) {
        this.id = id;
        this.title = title;
        this.definition = definition;
        this.unit = unit;
        this.facts = facts;
        this.test = test;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String definition() {
        return definition;
    }

    public Unit unit() {
        return unit;
    }

    public Facts facts() {
        return facts;
    }

    public StatisticalTest test() {
        return test;
    }

    public static Optional<Kpi> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Kpi::id).toList());
    }
}
