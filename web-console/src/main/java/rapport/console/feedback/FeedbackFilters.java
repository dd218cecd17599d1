package rapport.console.feedback;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;
import rapport.console.services.feedback.ResponseQuery;
import rapport.console.shell.FormErrors;
import rapport.console.shell.FormValues;

/**
 * The feedback page's filters: the period as its first and last day (feedback-service's {@code to} is the day after),
 * how the answer was collected, the channel, the agent, and a score of one kind (CSAT, NPS or CES) as a score, a band
 * ({@code 1..2}) or, for NPS, {@code detractor}, {@code passive} or {@code promoter} (docs/feedback-service.md).
 */
public class FeedbackFilters {

    /** The filter fields, named as feedback-service names them in its errors (the score by its kind). */
    static final Set<String> FIELDS = Set.of("from", "to", "source", "channel", "agent", "csat", "nps", "ces");
    static final int DEFAULT_DAYS = 28;

    @RestQuery
    public String from;
    @RestQuery
    public String to;
    @RestQuery
    public String source;
    @RestQuery
    public String channel;
    @RestQuery
    public String agent;
    /** csat, nps or ces: which score {@link #score} filters. */
    @RestQuery
    public String kind;
    @RestQuery
    public String score;

    FeedbackFilters defaults(LocalDate today) {
        if (FormValues.blank(to)) {
            to = today.toString();
        }
        if (FormValues.blank(from)) {
            from = today.minusDays(DEFAULT_DAYS - 1).toString();
        }
        if (kind == null || !Set.of("csat", "nps", "ces").contains(kind)) {
            kind = "csat";
        }
        return this;
    }

    FormErrors check() {
        FormErrors errors = FormErrors.none();
        if (FormValues.date(from).isEmpty()) {
            errors = errors.with("from", "must be a date");
        }
        if (FormValues.date(to).isEmpty()) {
            errors = errors.with("to", "must be a date");
        }
        return errors;
    }

    /** feedback-service's query: {@code to} is exclusive there, so the day after the last day shown. */
    ResponseQuery query() {
        String chosen = FormValues.blankToNull(score);
        return new ResponseQuery(FormValues.date(from).orElse(null),
                FormValues.date(to).map(d -> d.plusDays(1)).orElse(null), FormValues.blankToNull(source),
                FormValues.blankToNull(channel), FormValues.blankToNull(agent), "csat".equals(kind) ? chosen : null,
                "nps".equals(kind) ? chosen : null, "ces".equals(kind) ? chosen : null);
    }

    /** These filters and a page number as a query string, for the "newer" and "older" links. */
    public String queryString(int page) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("kind", kind);
        values.put("score", score);
        values.put("source", source);
        values.put("channel", channel);
        values.put("agent", agent);
        values.put("page", Integer.toString(page));
        return FormValues.queryString(values);
    }

    /** The name feedback-service gives the score filter in its errors: the kind's. */
    public String scoreField() {
        return kind;
    }
}
