package rapport.customer.common;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** Builds a Panache query from optional filters: a clause is added only when its value is present. */
public final class Filters {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    private Filters() {
    }

    /** Every query is scoped to one team. */
    public static Filters team(String teamId) {
        return new Filters().always("teamId = :teamId", "teamId", teamId);
    }

    public Filters always(String clause, String name, Object value) {
        clauses.add(clause);
        parameters.and(name, value);
        return this;
    }

    public Filters optional(String clause, String name, Object value) {
        return value == null ? this : always(clause, name, value);
    }

    /** Adds a clause without parameters when {@code condition} holds. */
    public Filters when(boolean condition, String clause) {
        if (condition) {
            clauses.add(clause);
        }
        return this;
    }

    public String query(String orderBy) {
        return String.join(" and ", clauses) + " order by " + orderBy;
    }

    public Parameters parameters() {
        return parameters;
    }
}
