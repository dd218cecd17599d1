package rapport.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import rapport.embeddedpg.EmbeddedPostgres;

/**
 * A fresh database for this test JVM: created on first use, dropped when the JVM exits. Databases
 * left behind by a killed run (named with their creation time) are dropped once they are a day old.
 *
 * <p>The server: {@code RAPPORT_TEST_PG_URL} when set ({@code RAPPORT_TEST_PG_USER}, default
 * {@code postgres}, and {@code RAPPORT_TEST_PG_PASSWORD}); else the local server on 127.0.0.1:5432
 * when one answers there; else an embedded PostgreSQL of this JVM's own ({@link EmbeddedTestServer}),
 * which {@code RAPPORT_TEST_PG=embedded} also forces.
 */
public final class TestPostgres {

    private static final String PROPERTY = "rapport.test.jdbc-url";
    /** Prefix of the system properties naming the chosen server: shared by every class loader of the JVM. */
    private static final String SERVER = "rapport.test.pg.";
    private static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PREFIX = "rapport_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    /** The server chosen on first use, for the whole JVM. */
    private record Server(String url, String user, String password, boolean embedded) {
    }

    private TestPostgres() {
    }

    /** JDBC URL of this JVM's test database, creating it on first call. */
    public static synchronized String jdbcUrl() {
        String existing = System.getProperty(PROPERTY);
        if (existing == null) {
            existing = createDatabase("main");
            System.setProperty(PROPERTY, existing);
        }
        return existing;
    }

    /**
     * Creates one more fresh database for this JVM (for example one per service in a system test),
     * dropped when the JVM exits, and returns its JDBC URL.
     */
    public static synchronized String createDatabase(String purpose) {
        String name = PREFIX + LocalDateTime.now().format(STAMP) + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24, 1 << 28), 36) + "_"
                + purpose.toLowerCase().replaceAll("[^a-z0-9]", "");
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            dropAbandoned(statement);
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + server().url() + " as "
                    + user() + (server().embedded() ? "" : ": is RAPPORT_TEST_PG_URL right, or the server on "
                    + "127.0.0.1:5432 working? Without a server there, tests run an embedded PostgreSQL."), e);
        }
        if (!server().embedded()) { // an embedded server's files are deleted at exit, databases and all
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name), "drop-test-database"));
        }
        return server().url() + name;
    }

    public static String user() {
        return server().user();
    }

    public static String password() {
        return server().password();
    }

    /** Whether this JVM's databases live on an embedded server of its own. */
    public static boolean embedded() {
        return server().embedded();
    }

    /** A new connection to this JVM's test database, for assertions on what a service stored. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    /**
     * The server, chosen once per JVM. Quarkus loads this class in more than one class loader, so the choice lives
     * in system properties, as the database's URL does: a second copy must not start a second embedded server.
     */
    private static synchronized Server server() {
        if (System.getProperty(SERVER + "url") != null) {
            return new Server(System.getProperty(SERVER + "url"), System.getProperty(SERVER + "user"),
                    System.getProperty(SERVER + "password"), Boolean.getBoolean(SERVER + "embedded"));
        }
        String url = env("RAPPORT_TEST_PG_URL", "");
        Server chosen;
        if (!url.isEmpty()) {
            chosen = new Server(url.endsWith("/") ? url : url + "/", env("RAPPORT_TEST_PG_USER", "postgres"),
                    env("RAPPORT_TEST_PG_PASSWORD", ""), false);
        } else if (!"embedded".equals(env("RAPPORT_TEST_PG", "")) && answers("127.0.0.1", 5432)) {
            chosen = new Server(LOCAL, env("RAPPORT_TEST_PG_USER", "postgres"), env("RAPPORT_TEST_PG_PASSWORD", ""),
                    false);
        } else {
            chosen = new Server(EmbeddedTestServer.start(), EmbeddedPostgres.SUPERUSER, "", true);
        }
        System.setProperty(SERVER + "user", chosen.user());
        System.setProperty(SERVER + "password", chosen.password());
        System.setProperty(SERVER + "embedded", Boolean.toString(chosen.embedded()));
        System.setProperty(SERVER + "url", chosen.url()); // last: its presence means the others are set
        return chosen;
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(server().url() + "postgres", user(), password());
    }

    private static void dropAbandoned(Statement statement) throws SQLException {
        List<String> old = new ArrayList<>();
        LocalDateTime cutoff = LocalDateTime.now().minus(ABANDONED_AFTER);
        try (ResultSet rs = statement.executeQuery(
                "select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String stamp = name.substring(PREFIX.length()).split("_")[0];
                try {
                    if (LocalDateTime.parse(stamp, STAMP).isBefore(cutoff)) {
                        old.add(name);
                    }
                } catch (RuntimeException e) {
                    // not one of ours
                }
            }
        }
        for (String name : old) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    private static void drop(String name) {
        try (Connection admin = adminConnection(); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
