package rapport.console.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import rapport.console.services.feedback.Answers;
import rapport.console.services.feedback.NewResponse;
import rapport.console.shell.FormErrors;
import rapport.console.shell.FormValues;

/**
 * Feedback collected on paper, by phone or in person, as the form posts it: who gave it (optional), how and when, the
 * scores (each optional, at least one needed), the RATER ratings and a comment. Names as feedback-service's errors
 * name them ({@code answers.csat} → {@code csat}, {@code answers.rater.empathy} → {@code empathy}).
 */
public class ResponseForm {

    static final List<String> RATER = List.of("reliability", "assurance", "tangibles", "empathy", "responsiveness");
    static final Set<String> FIELDS = Set.of("customerId", "source", "submittedAt", "channel", "answers", "csat", "nps",
            "ces", "reliability", "assurance", "tangibles", "empathy", "responsiveness", "comment");

    @RestForm
    public String q;
    @RestForm
    public String customerId;
    @RestForm
    public String source;
    @RestForm
    public String submittedAt;
    @RestForm
    public String channel;
    @RestForm
    public String csat;
    @RestForm
    public String nps;
    @RestForm
    public String ces;
    @RestForm
    public String reliability;
    @RestForm
    public String assurance;
    @RestForm
    public String tangibles;
    @RestForm
    public String empathy;
    @RestForm
    public String responsiveness;
    @RestForm
    public String comment;
    @RestForm
    public String formKey;

    /** What the console can tell is wrong before asking feedback-service: numbers and a time it cannot read. */
    FormErrors check() {
        FormErrors errors = FormErrors.none();
        for (Map.Entry<String, String> score : scores().entrySet()) {
            if (!FormValues.blank(score.getValue()) && FormValues.number(score.getValue()).isEmpty()) {
                errors = errors.with(score.getKey(), "must be a whole number");
            }
        }
        if (!FormValues.blank(submittedAt) && FormValues.time(submittedAt).isEmpty()) {
            errors = errors.with("submittedAt", "must be a date and time");
        }
        if (!FormValues.blank(customerId) && FormValues.uuid(customerId).isEmpty()) {
            errors = errors.with("customerId", "choose a customer from the list");
        }
        return errors;
    }

    /** The request; blank fields are sent as nothing (feedback-service then takes its defaults or names them). */
    NewResponse request() {
        Map<String, Integer> rater = new LinkedHashMap<>();
        RATER.forEach(dimension -> score(dimension).ifPresent(value -> rater.put(dimension, value)));
        return new NewResponse(FormValues.blankToNull(source), FormValues.time(submittedAt).orElse(null),
                FormValues.uuid(customerId).orElse(null), FormValues.blankToNull(channel),
                new Answers(score("csat").orElse(null), score("nps").orElse(null), score("ces").orElse(null),
                        rater.isEmpty() ? null : rater, FormValues.blankToNull(comment)));
    }

    /** A score or RATER rating as typed, for the template. */
    public String rating(String name) {
        return scores().get(name);
    }

    public List<String> dimensions() {
        return RATER;
    }

    private Optional<Integer> score(String name) {
        return FormValues.number(scores().get(name));
    }

    private Map<String, String> scores() {
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("csat", csat);
        scores.put("nps", nps);
        scores.put("ces", ces);
        scores.put("reliability", reliability);
        scores.put("assurance", assurance);
        scores.put("tangibles", tangibles);
        scores.put("empathy", empathy);
        scores.put("responsiveness", responsiveness);
        return scores;
    }
}
