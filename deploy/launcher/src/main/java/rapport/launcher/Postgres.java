package rapport.launcher;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/** The PostgreSQL server the services use: reachable (started locally if need be) and holding their databases. */
final class Postgres {

    private final LauncherConfig config;
    private final PrintStream out;

    Postgres(LauncherConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", config.pgUser());
        if (!config.pgPassword().isEmpty()) {
            props.setProperty("password", config.pgPassword());
        }
        props.setProperty("connectTimeout", "3");
        props.setProperty("loginTimeout", "5");
        props.setProperty("ApplicationName", "rapport-launcher");
        return DriverManager.getConnection(config.pgUrl().withDatabase("postgres"), props);
    }

    /** Null when a connection succeeds, else why not. */
    String problem() {
        try (Connection ignored = connect()) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    boolean reachable() {
        return problem() == null;
    }

    /** Makes sure the server answers: starts the local cluster when the default local server is down. */
    void ensureRunning() throws java.io.IOException {
        String problem = problem();
        if (problem == null) {
            return;
        }
        if (!config.pgUrl().isLocalDefault()) {
            throw new LauncherException("PostgreSQL at " + config.pgUrl().server() + " is not reachable: " + problem
                    + "\nStart it, or fix RAPPORT_PG_URL / RAPPORT_PG_USER / RAPPORT_PG_PASSWORD.");
        }
        out.println("PostgreSQL at " + config.pgUrl().server() + " is down (" + problem + "); starting it");
        out.println("  " + PostgresCluster.start());
        Waiter.Outcome outcome = Waiter.await(this::reachable, () -> true, Duration.ofSeconds(30), out);
        if (outcome != Waiter.Outcome.READY) {
            throw new LauncherException("PostgreSQL was started but does not accept connections: " + problem()
                    + "\nSee /var/log/postgresql/ for its log.");
        }
    }

    /** Creates each database that does not exist yet; returns those it created. */
    List<String> createDatabases(List<String> names) throws SQLException {
        try (Connection connection = connect()) {
            List<String> created = new java.util.ArrayList<>();
            for (String name : names) {
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a plain database name: " + name);
                }
                if (!exists(connection, name)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE \"" + name + "\"");
                    }
                    created.add(name);
                }
            }
            return created;
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
