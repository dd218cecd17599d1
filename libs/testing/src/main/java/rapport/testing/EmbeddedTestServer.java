package rapport.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
 * The embedded PostgreSQL of one test JVM, for machines where no server answers: binaries unpacked once per machine
 * into {@code java.io.tmpdir/rapport-test-postgres-USER} (one per user: two users' test runs on one machine cannot
 * share files the other's server must own), a data directory of this JVM's own beside them, stopped and
 * deleted when the JVM exits. Its data is thrown away, so it runs without fsync. About 1.5 s per JVM (initdb and
 * start) plus 3 s for the first unpack on a machine.
 */
final class EmbeddedTestServer {

    static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"),
            "rapport-test-postgres-" + System.getProperty("user.name"));
    private static final String PREFIX = "jvm-";
    private static final Map<String, String> THROWAWAY = Map.of("fsync", "off", "synchronous_commit", "off",
            "full_page_writes", "off");
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private EmbeddedTestServer() {
    }

    /** Starts the server and returns its JDBC URL without a database, e.g. {@code jdbc:postgresql://127.0.0.1:PORT/}. */
    static String start() {
        try {
            removeAbandoned();
            PostgresBinaries binaries = PostgresBinaries.unpackedIn(ROOT);
            Path dir = Files.createTempDirectory(ROOT, PREFIX + ProcessHandle.current().pid() + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "delete-test-postgres"));
            Path log = dir.resolve("postgres.log");
            IOException last = null;
            for (int attempt = 0; attempt < 3; attempt++) { // a free port can be taken before the server binds it
                EmbeddedPostgres server = new EmbeddedPostgres(binaries, dir.resolve("data"), freePort());
                server.initialize(false, log);
                Process process = new ProcessBuilder(server.serverCommand(THROWAWAY)).redirectErrorStream(true)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process.toHandle()),
                        "stop-test-postgres"));
                try {
                    awaitConnection(server, process);
                    return server.jdbcUrl("");
                } catch (IOException e) {
                    stop(process.toHandle());
                    last = e;
                }
            }
            throw last;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start an embedded PostgreSQL for the tests: " + e.getMessage(), e);
        }
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
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
