package rapport.web;

import java.util.Set;

/** Realm roles, read from the token's {@code groups} claim. */
public final class Roles {

    /** A team member: reads and writes their teams' data. */
    public static final String AGENT = "agent";
    /** A supervisor or assessor: reads their teams' data, changes nothing. */
    public static final String ASSESSOR = "assessor";
    /** An administrator: any team, and the admin operations. */
    public static final String ADMIN = "admin";

    static final Set<String> ALL = Set.of(AGENT, ASSESSOR, ADMIN);

    private Roles() {
    }
}
