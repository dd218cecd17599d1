package rapport.kpi.settings;

import java.util.List;

/**
 * The default assessment criteria an evidence pack is mapped to, in the words of the course
 * material (shared/seeds: examiner marking points and exam tips). A team can replace the list.
 */
public final class AssessmentCriteria {

    public static final String COLLECTS_FEEDBACK = "Collects and acts on customer feedback";
    public static final String REVIEWS_AND_IMPROVES = "Reviews and improves service using KPIs";
    public static final String MEASURES_SATISFACTION = "Measures customer satisfaction and loyalty (CSAT, NPS, retention)";
    public static final String HANDLES_COMPLAINTS = "Handles complaints effectively (Acknowledge, Apologise, Act, Assure)";
    public static final String FOLLOWS_UP = "Takes ownership from first contact to resolution and keeps follow-up promises";
    public static final String SERVICE_MODELS = "Uses recognised service models (SERVQUAL/RATER) to analyse service quality";

    public static final List<String> DEFAULTS = List.of(COLLECTS_FEEDBACK, REVIEWS_AND_IMPROVES, MEASURES_SATISFACTION,
            HANDLES_COMPLAINTS, FOLLOWS_UP, SERVICE_MODELS);

    private AssessmentCriteria() {
    }
}
