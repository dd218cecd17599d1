package rapport.demo.plan;

import java.util.List;

/**
 * One customer with everything that happens with them, each list in the order it happens: contacts (strictly
 * increasing in time, so the order they are logged in is their order), the cases they open, the promises made in
 * them and the survey answers given about them. {@code key} names the customer in the plan.
 */
public record PlannedCustomer(String key, Profile profile, List<PlannedContact> contacts, List<PlannedCase> cases,
        List<PlannedPromise> promises, List<PlannedResponse> responses) {

    public PlannedCustomer {
        contacts = List.copyOf(contacts);
        cases = List.copyOf(cases);
        promises = List.copyOf(promises);
        responses = List.copyOf(responses);
    }

    /** The details customer-service registers; e-mail and phone (either may be null, not both) are unique. */
    public record Profile(String displayName, String email, String phone, CustomerKind kind, ValueSegment valueSegment,
            Channel preferredChannel, String needs, boolean surveyConsent) {
    }
}
