package rapport.demo.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import rapport.demo.plan.PlannedPromise;

/**
 * Follow-up promises, recorded after the fact: each made in a contact ({@code promisedAt}), due at a time, and —
 * unless nobody kept it — completed when the call back happened ({@code completedAt}), on time or late. A contact
 * carries at most one promise, so a promise that exists is found by its contact; one found open is completed if the
 * plan says it was kept.
 */
final class PromiseStage {

    private final LoadContext context;

    PromiseStage(LoadContext context) {
        this.context = context;
    }

    void run(List<LoadedCustomer> customers, int total) {
        Progress.Stage stage = context.progress.stage("promises", total);
        context.eachInParallel(customers.stream().filter(c -> !c.plan.promises().isEmpty()).toList(), customer -> {
            Map<UUID, JsonNode> existing = customer.fresh ? Map.of() : existing(customer);
            for (PlannedPromise promise : customer.plan.promises()) {
                UUID contact = customer.contacts[promise.contactNumber()];
                JsonNode found = existing.get(contact);
                UUID id = found == null ? promise(customer, promise, contact)
                        : UUID.fromString(found.path("id").asText());
                boolean open = found == null || found.path("completedAt").isNull();
                if (promise.completedAt() != null && open) {
                    context.customers.post(context.team("/follow-ups/" + id + "/complete"),
                            context.token(promise.agent()), Bodies.object("completedAt",
                                    context.timeline.recorded(promise.completedAt()).toString()),
                            context.key("kept-" + id), Set.of("already-completed"));
                }
                stage.advance(found == null);
            }
        });
        stage.done("");
    }

    private Map<UUID, JsonNode> existing(LoadedCustomer customer) {
        Map<UUID, JsonNode> byContact = new HashMap<>();
        for (JsonNode followUp : LoadContext.all(context.customers, context.team("/follow-ups?state=ALL&customerId="
                + customer.id), context.token(customer.firstAgent()))) {
            if (followUp.hasNonNull("interactionId")) {
                byContact.put(UUID.fromString(followUp.path("interactionId").asText()), followUp);
            }
        }
        return byContact;
    }

    private UUID promise(LoadedCustomer customer, PlannedPromise promise, UUID contact) {
        Map<String, Object> body = Bodies.object("promise", promise.promise(), "promisedTo", promise.promisedTo(),
                "promisedAt", context.timeline.recorded(promise.promisedAt()).toString(), "dueAt",
                context.timeline.due(promise.dueAt()).toString(), "interactionId", contact, "agent", promise.agent());
        Reply reply = context.customers.post(context.team("/customers/" + customer.id + "/follow-ups"),
                context.token(promise.agent()), body, context.key("promise-" + contact), Set.of());
        return UUID.fromString(reply.text("id"));
    }
}
