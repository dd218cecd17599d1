package rapport.kpi.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import rapport.kpi.maths.BucketSize;
import rapport.kpi.maths.Kpi;
import rapport.kpi.settings.TeamSettingsService;
import rapport.web.ProblemException;

/** Turns the query parameters of KPI and evidence requests into checked values, or a 400 naming the field. */
@ApplicationScoped
public class KpiRequests {

    static final List<String> CHANNELS = List.of("FACE_TO_FACE", "PHONE", "EMAIL", "CHAT", "SOCIAL", "LETTER", "VIDEO");
    static final List<String> CATEGORIES = List.of("ENQUIRY", "COMPLAINT", "REQUEST", "COMPLIMENT", "SALE", "FOLLOW_UP",
            "OTHER");

    static final List<String> CUSTOMER_KINDS = List.of("EXTERNAL", "INTERNAL");
    static final List<String> VALUE_SEGMENTS = List.of("HIGH", "MEDIUM", "LOW");

    @Inject
    TeamSettingsService settings;

    public Period period(String teamId, String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start.isAfter(end)) {
            throw ProblemException.invalidField("from", "must not be after to (" + to + ")");
        }
        int max = settings.settings(teamId).maxPeriodDays();
        if (ChronoUnit.DAYS.between(start, end) > max) {
            throw ProblemException.invalidField("to", "the period may cover at most " + max
                    + " days (team setting maxPeriodDays)");
        }
        return new Period(start, end);
    }

    public KpiFilter filter(String agent, String channel, String category, String customerKind,
            String valueSegment) {
        if (agent != null && (agent.isBlank() || agent.length() > 100)) {
            throw ProblemException.invalidField("agent", "must be a user name of 1 to 100 characters");
        }
        return new KpiFilter(agent, oneOf("channel", channel, CHANNELS), oneOf("category", category, CATEGORIES),
                oneOf("customerKind", customerKind, CUSTOMER_KINDS), oneOf("valueSegment", valueSegment,
                        VALUE_SEGMENTS));
    }

    public Kpi kpi(String id) {
        return Kpi.fromId(id).orElseThrow(() -> ProblemException.invalidField("kpi", "unknown KPI '" + id
                + "'; must be one of " + Kpi.ids()));
    }

    public BucketSize bucket(String bucket) {
        if (bucket == null) {
            throw ProblemException.invalidField("bucket", "is required: day, week or month");
        }
        return Arrays.stream(BucketSize.values()).filter(b -> b.name().equalsIgnoreCase(bucket)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("bucket", "unknown bucket '" + bucket
                        + "'; must be day, week or month"));
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required: a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    /** Case-insensitive; an empty value is no filter, as a form's "all" choice sends it. */
    private static String oneOf(String field, String value, List<String> allowed) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw ProblemException.invalidField(field, "must be one of " + allowed);
        }
        return upper;
    }
}
