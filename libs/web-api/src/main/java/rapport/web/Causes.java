package rapport.web;

import java.sql.SQLException;
import java.util.function.Predicate;

/** Looks down a failure's cause chain, however the persistence layer wrapped the database's error. */
final class Causes {

    /** Bounds the walk down a cause chain that loops back on itself. */
    private static final int MAX_DEPTH = 32;

    private Causes() {
    }

    static boolean any(Throwable e, Predicate<Throwable> test) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cause is an {@link SQLException} with an SQLSTATE that {@code state} accepts. */
    static boolean anySqlState(Throwable e, Predicate<String> state) {
        return any(e, t -> t instanceof SQLException sql && sql.getSQLState() != null && state.test(sql.getSQLState()));
    }
}
