package rapport.console.feedback;

import java.util.List;
import rapport.console.services.customers.Channel;
import rapport.console.shell.FormErrors;

/** The "record paper or phone feedback" form: the customer choice, the values as typed, and errors. */
public record RecordView(CustomerChoice customers, ResponseForm form, FormErrors errors, boolean recorded) {

    /** How feedback was collected by hand (SURVEY_LINK is the customer's own survey page). */
    public List<String> sources() {
        return FeedbackView.SOURCES.subList(1, FeedbackView.SOURCES.size());
    }

    public List<Channel> channels() {
        return List.of(Channel.values());
    }
}
