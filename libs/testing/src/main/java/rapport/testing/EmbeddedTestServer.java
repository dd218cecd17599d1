package rapport.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import rapport.embeddedpg.EmbeddedPostgres;
import rapport.embeddedpg.PostgresBinaries;

/**
 * An embedded PostgreSQL for tests: binaries unpacked once per machine into
 * {@code java.io.tmpdir/rapport-test-postgres-USER} (one per user: two users' test runs on one machine cannot share
 * files the other's server must own), a data directory of its own beside them, stopped and deleted when the JVM
 * exits. The one of a test JVM on machines where no server answers ({@link TestPostgres}) throws its data away, so it
 * runs without fsync: about 1.5 s per JVM (initdb and start) plus 3 s for the first unpack on a machine. A fault test
 * that stops and restarts the server of the services it tests gets one of its own from {@link #owned()}.
 */
public final class EmbeddedTestServer implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"),
            "rapport-test-postgres-" + System.getProperty("user.name"));
    private static final String PREFIX = "jvm-";
    private static final Map<String, String> THROWAWAY = Map.of("fsync", "off", "synchronous_commit", "off",
            "full_page_writes", "off");
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final EmbeddedPostgres server;
    private final Path dir;
    private final Map<String, String> settings;
    private Process process;

    private EmbeddedTestServer(EmbeddedPostgres server, Path dir, Map<String, String> settings) {
        this.server = server;
        this.dir = dir;
        this.settings = settings;
    }

    /** Starts this JVM's throwaway server and returns its JDBC URL without a database, e.g. {@code jdbc:postgresql://127.0.0.1:PORT/}. */
    static String start() {
        return launch(THROWAWAY).server.jdbcUrl("");
    }

    /**
     * A server of the caller's own, with PostgreSQL's durable defaults (fsync on): what it acknowledged survives
     * {@link #crash()}. Started; {@link #close()} stops it and deletes its files.
     */
    public static EmbeddedTestServer owned() {
        return launch(Map.of());
    }

    private static EmbeddedTestServer launch(Map<String, String> settings) {
        try {
            removeAbandoned();
            PostgresBinaries binaries = PostgresBinaries.unpackedIn(ROOT);
            Path dir = Files.createTempDirectory(ROOT, PREFIX + ProcessHandle.current().pid() + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "delete-test-postgres"));
            IOException last = null;
            for (int attempt = 0; attempt < 3; attempt++) { // a free port can be taken before the server binds it
                EmbeddedTestServer candidate = new EmbeddedTestServer(new EmbeddedPostgres(binaries,
                        dir.resolve("data"), FreePorts.next()), dir, settings);
                candidate.server.initialize(!settings.equals(THROWAWAY), dir.resolve("postgres.log"));
                try {
                    candidate.run();
                    return candidate;
                } catch (IOException e) {
                    candidate.crash();
                    last = e;
                }
            }
            throw last;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start an embedded PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    /** Starts the postmaster on this data directory and port, and waits until it takes connections. */
    private void run() throws IOException {
        process = new ProcessBuilder(server.serverCommand(settings)).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("postgres.log").toFile())).start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started.toHandle()), "stop-test-postgres"));
        awaitConnection(server, process);
    }

    /** JDBC URL of one database of this server. */
    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    /** The user to connect as; there is no password (trust authentication). */
    public String user() {
        return EmbeddedPostgres.SUPERUSER;
    }

    /** Creates a database and returns its JDBC URL (as {@link #user()}). */
    public String createDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(server.jdbcUrl("postgres"), EmbeddedPostgres.SUPERUSER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
            return server.jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** Stops the server at once, as a crash or a killed pod would: clients are cut off, the WAL recovers the rest. */
    public void crash() {
        if (process != null) {
            stop(process.toHandle());
        }
    }

    /** Starts the server again on the same data and port (after {@link #crash()}), and waits until it takes connections. */
    public void restart() {
        try {
            run();
        } catch (IOException e) {
            throw new IllegalStateException("the embedded PostgreSQL did not start again: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        crash();
        delete(dir);
    }

    private static void awaitConnection(EmbeddedPostgres server, Process process) throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (true) {
            try (Connection ignored = DriverManager.getConnection(server.jdbcUrl("postgres"),
                    EmbeddedPostgres.SUPERUSER, "")) {
                return;
            } catch (SQLException e) {
                if (!process.isAlive()) {
                    throw new IOException("the server exited (code " + process.exitValue() + "); see its log "
                            + server.dataDir().resolveSibling("postgres.log"));
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("no connection after " + STARTUP.toSeconds() + " s: " + e.getMessage());
                }
                sleep(); // starting up: PostgreSQL offers nothing to wait on but a connection attempt
            }
        }
    }

    /** An immediate shutdown: the data is deleted next anyway. */
    private static void stop(ProcessHandle postmaster) {
        try {
            EmbeddedPostgres.shutDown(postmaster, EmbeddedPostgres.Shutdown.IMMEDIATE, Duration.ofSeconds(20));
        } catch (IOException e) {
            postmaster.destroyForcibly();
        }
    }

    /** At exit the two hooks run at once: wait for the server to be gone before deleting its files. */
    private static void delete(Path dir) {
        EmbeddedPostgres.postmasterOf(dir.resolve("data")).ifPresent(p -> {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                System.err.println("The test PostgreSQL (pid " + p.pid() + ") did not stop: " + e);
            }
        });
        try {
            PostgresBinaries.deleteTree(dir);
        } catch (IOException e) {
            System.err.println("Could not delete the test PostgreSQL in " + dir + ": " + e.getMessage());
        }
    }

    /** Directories of test JVMs that died without their shutdown hooks (killed): stop their server, delete them. */
    private static void removeAbandoned() throws IOException {
        if (!Files.isDirectory(ROOT)) {
            return;
        }
        List<Path> dirs;
        try (Stream<Path> all = Files.list(ROOT)) {
            dirs = all.filter(d -> d.getFileName().toString().startsWith(PREFIX)).toList();
        }
        for (Path dir : dirs) {
            String pid = dir.getFileName().toString().substring(PREFIX.length()).split("-")[0];
            if (pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).isEmpty()) {
                EmbeddedPostgres.postmasterOf(dir.resolve("data")).ifPresent(EmbeddedTestServer::stop);
                PostgresBinaries.deleteTree(dir);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
