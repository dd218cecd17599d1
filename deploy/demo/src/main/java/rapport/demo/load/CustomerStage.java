package rapport.demo.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import rapport.demo.plan.PlannedCustomer;

/**
 * Registers the customers the team does not have yet. A customer is recognised by its e-mail address or phone
 * number, which the placement makes unique and customer-service refuses to register twice
 * ({@code duplicate-customer}), so a second run finds every customer and registers none.
 */
final class CustomerStage {

    private final LoadContext context;

    CustomerStage(LoadContext context) {
        this.context = context;
    }

    void run(List<LoadedCustomer> customers) {
        Progress.Stage stage = context.progress.stage("customers", customers.size());
        Map<String, UUID> known = existing(customers.getFirst().firstAgent());
        context.eachInParallel(customers, customer -> {
            UUID found = find(known, customer.plan.profile());
            if (found != null) {
                customer.id = found;
            } else {
                register(customer);
            }
            stage.advance(customer.fresh);
        });
        stage.done("");
    }

    private Map<String, UUID> existing(String learner) {
        Map<String, UUID> known = new HashMap<>();
        for (JsonNode customer : LoadContext.all(context.customers, context.team("/customers"),
                context.token(learner))) {
            UUID id = UUID.fromString(customer.path("id").asText());
            if (customer.hasNonNull("email")) {
                known.put(emailKey(customer.path("email").asText()), id);
            }
            if (customer.hasNonNull("phone")) {
                known.put(phoneKey(customer.path("phone").asText()), id);
            }
        }
        return known;
    }

    private static UUID find(Map<String, UUID> known, PlannedCustomer.Profile profile) {
        UUID byEmail = profile.email() == null ? null : known.get(emailKey(profile.email()));
        return byEmail != null ? byEmail : profile.phone() == null ? null : known.get(phoneKey(profile.phone()));
    }

    private void register(LoadedCustomer customer) {
        PlannedCustomer.Profile p = customer.plan.profile();
        Map<String, Object> body = Bodies.object("displayName", p.displayName(), "email", p.email(), "phone",
                p.phone(), "kind", p.kind(), "valueSegment", p.valueSegment(), "preferredChannel",
                p.preferredChannel(), "needs", p.needs(), "surveyConsent", p.surveyConsent());
        Reply reply = context.customers.post(context.team("/customers"), context.token(customer.firstAgent()), body,
                context.key("customer-" + customer.plan.key()), Set.of("duplicate-customer"));
        if (reply.ok()) {
            customer.id = UUID.fromString(reply.text("id"));
            customer.fresh = true;
        } else {
            // registered meanwhile (by a run in parallel): the same customer
            customer.id = UUID.fromString(reply.text("existingId"));
        }
    }

    private static String emailKey(String email) {
        return "email:" + email.strip().toLowerCase(Locale.ROOT);
    }

    private static String phoneKey(String phone) {
        return "phone:" + phone.replaceAll("[^0-9]", "");
    }
}
