package rapport.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import rapport.demo.DemoException;
import rapport.demo.DemoSettings;
import rapport.demo.load.Loader;
import rapport.demo.plan.PlacementPlanner;

/**
 * {@code demo [--team T] [--seed N] [--customer-service URL] [--feedback-service URL] [--kpi-service URL]}: loads the
 * demo placement (deploy/demo) through the services' APIs, as the learners of the realm file, who are made to exist
 * in the running Keycloak first (its realm may have been imported before they were added to the file) and are
 * made members of the team.
 */
final class DemoCommand {

    private final LauncherConfig config;
    private final PrintStream out;

    DemoCommand(LauncherConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    static DemoSettings parse(CommandLine line) {
        line.expectPositional(0, 0);
        String team = line.optional("team").orElse(DemoSettings.DEFAULT_TEAM);
        long seed;
        try {
            seed = line.optional("seed").map(Long::parseLong).orElse(DemoSettings.DEFAULT_SEED);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number: " + line.optional("seed").orElseThrow());
        }
        try {
            return new DemoSettings(team, seed,
                    url(line, "customer-service", DemoSettings.LOCAL_CUSTOMER_SERVICE),
                    url(line, "feedback-service", DemoSettings.LOCAL_FEEDBACK_SERVICE),
                    url(line, "kpi-service", DemoSettings.LOCAL_KPI_SERVICE));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--team: " + e.getMessage());
        }
    }

    int run(DemoSettings settings) {
        RealmFile realm = RealmFile.load(config.paths().realmFile());
        KeycloakAdmin keycloak = KeycloakAdmin.of(config);
        List<String> learners = PlacementPlanner.learners();
        try {
            new Loader(settings, learner -> keycloak.token(realm.realmUser(learner).withTeam(settings.team())), out,
                    System.console() != null, Clock.systemUTC()).load();
        } catch (DemoException e) {
            throw new LauncherException(e.getMessage(), e);
        }
        out.println("Sign in to the web console (http://127.0.0.1:8080) as " + String.join(", ", learners)
                + " (password demo, team " + settings.team() + ")" + (settings.team().equals(DemoSettings.DEFAULT_TEAM)
                        ? ", or as demo-agent, demo-assessor or demo-admin (password demo)." : "."));
        return 0;
    }

    private static URI url(CommandLine line, String option, URI fallback) {
        String value = line.optional(option).orElse(null);
        if (value == null) {
            return fallback;
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + option + " must be a URL: " + value);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new UsageException("--" + option + " must be an http(s) URL such as " + fallback + ": " + value);
        }
        return uri;
    }
}
