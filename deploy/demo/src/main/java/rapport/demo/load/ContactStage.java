package rapport.demo.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import rapport.demo.plan.PlannedContact;

/**
 * Logs each customer's contacts in their order (customers in parallel), backdated to when they happened. A
 * customer's contacts are always logged in plan order, so the ones already there are a prefix of the plan: a
 * second run, or one after an interrupted run, reads the customer's timeline and logs only what follows.
 */
final class ContactStage {

    private final LoadContext context;

    ContactStage(LoadContext context) {
        this.context = context;
    }

    void run(List<LoadedCustomer> customers, int total) {
        Progress.Stage stage = context.progress.stage("contacts", total);
        context.eachInParallel(customers, customer -> {
            List<JsonNode> logged = customer.fresh ? List.of() : timeline(customer);
            List<PlannedContact> planned = customer.plan.contacts();
            for (int i = 0; i < planned.size(); i++) {
                PlannedContact contact = planned.get(i);
                boolean create = i >= logged.size();
                JsonNode stored = create ? log(customer, i, contact) : logged.get(i);
                customer.contacts[i] = UUID.fromString(stored.path("id").asText());
                if (contact.opensCase()) {
                    customer.cases[contact.caseNumber()] = UUID.fromString(stored.path("caseId").asText());
                    customer.freshCase[contact.caseNumber()] = create;
                }
                stage.advance(create);
            }
        });
        stage.done("");
    }

    /** The customer's contacts, oldest first (the API lists them newest first). */
    private List<JsonNode> timeline(LoadedCustomer customer) {
        List<JsonNode> newestFirst = LoadContext.all(context.customers,
                context.team("/customers/" + customer.id + "/interactions"), context.token(customer.firstAgent()));
        List<JsonNode> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private JsonNode log(LoadedCustomer customer, int number, PlannedContact contact) {
        UUID caseId = contact.opensCase() ? null : customer.cases[contact.caseNumber()];
        Map<String, Object> body = Bodies.object("caseId", caseId, "occurredAt",
                context.timeline.recorded(contact.at()).toString(), "channel", contact.channel(), "direction",
                contact.direction(), "category", contact.category(), "outcome", contact.outcome(), "summary",
                contact.summary(), "durationMinutes", contact.durationMinutes(), "techniques",
                contact.techniques().isEmpty() ? null : contact.techniques(), "agent", contact.agent());
        return context.customers.post(context.team("/customers/" + customer.id + "/interactions"),
                context.token(contact.agent()), body, context.key("contact-" + customer.plan.key() + "-" + number),
                Set.of()).body();
    }
}
