package rapport.console.feedback;

import java.util.List;
import rapport.console.services.customers.Channel;
import rapport.console.services.feedback.IssuedInvitation;
import rapport.console.shell.FormErrors;

/** The survey-link form and, once created, the link (shown this once: feedback-service keeps only its hash). */
public record LinkView(CustomerChoice customers, String channel, String formKey, IssuedInvitation issued,
        FormErrors errors) {

    static final java.util.Set<String> FIELDS = java.util.Set.of("customerId", "channel");

    public List<Channel> channels() {
        return List.of(Channel.values());
    }
}
