package rapport.demo;

import java.net.URI;

/** What to load and where: the team, the seed, and the base URLs of the three services. */
public record DemoSettings(String team, long seed, URI customerService, URI feedbackService, URI kpiService) {

    public static final String DEFAULT_TEAM = "demo";
    public static final long DEFAULT_SEED = 1;
    public static final URI LOCAL_CUSTOMER_SERVICE = URI.create("http://127.0.0.1:8081");
    public static final URI LOCAL_FEEDBACK_SERVICE = URI.create("http://127.0.0.1:8082");
    public static final URI LOCAL_KPI_SERVICE = URI.create("http://127.0.0.1:8083");

    public DemoSettings {
        // the services' rule for team ids (libs/web-api TeamAccessFilter)
        if (team == null || !team.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("a team id is 1 to 63 lower-case letters, digits or '-', starting with "
                    + "a letter or digit: " + team);
        }
    }

    /** The defaults of a local run against {@code ./rapport up}. */
    public static DemoSettings local(String team, long seed) {
        return new DemoSettings(team, seed, LOCAL_CUSTOMER_SERVICE, LOCAL_FEEDBACK_SERVICE, LOCAL_KPI_SERVICE);
    }
}
