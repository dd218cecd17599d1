package rapport.demo.plan;

import java.util.List;

/**
 * Everything the demo loads, planned relative to the day it is loaded on ({@link Moment}): the same seed always
 * gives the same placement. {@link PlacementPlanner} makes it; the loader writes it through the services' APIs.
 */
public record Placement(long seed, int days, List<String> learners, List<PlannedCustomer> customers,
        List<PlannedImprovement> improvements) {

    public Placement {
        learners = List.copyOf(learners);
        customers = List.copyOf(customers);
        improvements = List.copyOf(improvements);
    }

    public int contactCount() {
        return customers.stream().mapToInt(c -> c.contacts().size()).sum();
    }

    public int caseCount() {
        return customers.stream().mapToInt(c -> c.cases().size()).sum();
    }

    public int stepCount() {
        return customers.stream().flatMap(c -> c.cases().stream()).mapToInt(c -> c.steps().size()).sum();
    }

    public int promiseCount() {
        return customers.stream().mapToInt(c -> c.promises().size()).sum();
    }

    public int responseCount() {
        return customers.stream().mapToInt(c -> c.responses().size()).sum();
    }
}
