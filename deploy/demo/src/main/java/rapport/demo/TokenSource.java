package rapport.demo;

/**
 * Bearer tokens for the learners who load the placement, each with role {@code agent} in the placement's team.
 * {@code ./rapport demo} gets them from the local Keycloak; the system tests mint test tokens.
 */
@FunctionalInterface
public interface TokenSource {

    /** An access token for {@code learner} (a user name), valid for at least the few minutes a load takes. */
    String agentToken(String learner);
}
