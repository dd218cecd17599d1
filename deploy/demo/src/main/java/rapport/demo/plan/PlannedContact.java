package rapport.demo.plan;

import java.util.List;

/** One contact; {@code caseNumber} indexes the customer's cases, and the case's first contact opens it. */
public record PlannedContact(int caseNumber, boolean opensCase, Moment at, Channel channel, Direction direction,
        Category category, Outcome outcome, String summary, Integer durationMinutes, List<String> techniques,
        String agent) {

    public PlannedContact {
        techniques = List.copyOf(techniques);
    }
}
