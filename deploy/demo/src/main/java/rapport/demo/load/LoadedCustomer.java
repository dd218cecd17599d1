package rapport.demo.load;

import java.util.UUID;
import rapport.demo.plan.PlannedCustomer;

/**
 * A planned customer and what the services call the things made for them: the customer's id, each contact's id and
 * each case's id. {@code fresh} marks a customer registered by this run, whose contacts, promises and answers
 * cannot exist yet, so nothing is looked up for them; likewise {@code freshCase} for cases opened by this run.
 */
final class LoadedCustomer {

    final PlannedCustomer plan;
    UUID id;
    boolean fresh;
    final UUID[] contacts;
    final UUID[] cases;
    final boolean[] freshCase;

    LoadedCustomer(PlannedCustomer plan) {
        this.plan = plan;
        this.contacts = new UUID[plan.contacts().size()];
        this.cases = new UUID[plan.cases().size()];
        this.freshCase = new boolean[plan.cases().size()];
    }

    /** The learner who took the customer's first contact, who also registered them. */
    String firstAgent() {
        return plan.contacts().getFirst().agent();
    }
}
