package rapport.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The PostgreSQL server the services use: whether it accepts connections, and their databases on it. */
final class Postgres {

    private final LauncherConfig config;

    Postgres(LauncherConfig config) {
        this.config = config;
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

    /** A server named by RAPPORT_PG_URL is the user's choice: it must answer, nothing else is started instead. */
    void requireReachable() {
        String problem = problem();
        if (problem != null) {
            throw new LauncherException("PostgreSQL at " + config.pgUrl().server() + " (RAPPORT_PG_URL) does not "
                    + "accept connections: " + problem + ". Start it or fix RAPPORT_PG_URL / RAPPORT_PG_USER / "
                    + "RAPPORT_PG_PASSWORD; unset RAPPORT_PG_URL to let ./rapport run an embedded PostgreSQL.");
        }
    }

    /** Creates each database that does not exist yet; returns those it created. */
    List<String> createDatabases(List<String> names) throws SQLException {
        try (Connection connection = connect()) {
            List<String> created = new ArrayList<>();
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

    /**
     * Why the server will slow the services down as their tables grow, or empty. With autovacuum off nothing
     * analyzes a table: a statement planned while it was empty keeps that plan (a scan of the whole table) however
     * large it grows, and the outbox and inbox, updated and deleted all day, are never vacuumed
     * (docs/benchmarks/customer-service.md, "The whole stack").
     */
    Optional<String> slowingSetting() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show autovacuum")) {
            rs.next();
            return "on".equals(rs.getString(1)) ? Optional.empty() : Optional.of("autovacuum is off on this server, "
                    + "so no table is ever analyzed or vacuumed: the services' queries keep the plans made while "
                    + "their tables were empty and slow down as data grows. Set autovacuum = on in its "
                    + "configuration, or set RAPPORT_PG_PORT to a free port to run the embedded PostgreSQL.");
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
