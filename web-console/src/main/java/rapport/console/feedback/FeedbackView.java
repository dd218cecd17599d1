package rapport.console.feedback;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import rapport.console.services.Page;
import rapport.console.services.customers.Channel;
import rapport.console.services.feedback.SurveyResponse;
import rapport.console.shell.FormErrors;

/** The responses the filters match, newest first, with their customers' names; errors of a refused filter. */
public record FeedbackView(FeedbackFilters filters, Page<SurveyResponse> responses, Map<UUID, String> names,
        int page, FormErrors errors) {

    /** How feedback-service says an answer was collected (SURVEY_LINK: the customer's survey page). */
    public static final List<String> SOURCES = List.of("SURVEY_LINK", "PAPER", "PHONE", "IN_PERSON", "EMAIL", "OTHER");

    public String name(UUID customer) {
        return customer == null ? "No customer named" : names.getOrDefault(customer, "(unknown customer)");
    }

    public List<String> sources() {
        return SOURCES;
    }

    public List<Channel> channels() {
        return List.of(Channel.values());
    }

    public boolean hasResponses() {
        return responses != null && !responses.items().isEmpty();
    }
}
