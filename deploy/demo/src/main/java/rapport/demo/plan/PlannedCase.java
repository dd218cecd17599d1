package rapport.demo.plan;

import java.util.List;

/** A case of one customer: its category (its opener's) and, for a complaint, the handling steps recorded. */
public record PlannedCase(Category category, List<Step> steps) {

    public PlannedCase {
        steps = List.copyOf(steps);
    }

    public record Step(ComplaintStep step, Moment at, String agent) {
    }
}
