package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import rapport.embeddedpg.EmbeddedPostgres;
import rapport.embeddedpg.PostgresBinaries;

/**
 * The real launcher, run as ./rapport runs it (a JVM of its own, configured by its environment), on a free port and
 * with its state in a directory under target/ instead of the repository's .rapport/. "Nothing answers on the
 * default address" is made true through configuration: RAPPORT_PG_PORT names a port nobody listens on.
 */
class PostgresFallbackTest {

    private static final Path WORK = Path.of("target/postgres-fallback-test").toAbsolutePath();

    private Path root;
    private Path dataDir;
    private int port;
    private Map<Long, Instant> systemServers;

    @BeforeEach
    void freshRoot(TestInfo test) throws IOException {
        root = WORK.resolve(test.getTestMethod().orElseThrow().getName());
        dataDir = root.resolve(".rapport/data/postgres");
        PostgresBinaries.deleteTree(root);
        Files.createDirectories(root);
        port = Ports.free();
        systemServers = systemPostmasters();
    }

    @AfterEach
    void leaveNothingRunning() throws IOException {
        // what a failed assertion may have left: the launcher's own down first, then the server directly
        launcher(Map.of(), "down", "--only", "postgres");
        Optional<ProcessHandle> left = EmbeddedPostgres.postmasterOf(dataDir);
        if (left.isPresent()) {
            EmbeddedPostgres.shutDown(left.get(), EmbeddedPostgres.Shutdown.IMMEDIATE, Duration.ofSeconds(30));
        }
        assertThat(left).as("a postmaster left running after down").isEmpty();
        assertThat(systemPostmasters()).as("the machine's own PostgreSQL servers, untouched")
                .containsAllEntriesOf(systemServers);
    }

    @Test
    void withNothingAnsweringUpRunsTheEmbeddedServerWhichSurvivesDownAndUp() throws Exception {
        Run first = launcher(Map.of(), "up", "--only", "postgres");
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("postgres: no server answers on 127.0.0.1:" + port)
                .contains("created the data directory .rapport/data/postgres")
                .contains("created rapport_customer, rapport_feedback, rapport_kpi")
                .contains("embedded PostgreSQL " + PostgresBinaries.VERSION + " run by ./rapport")
                .doesNotContain("warning");
        long pid = EmbeddedPostgres.postmasterOf(dataDir).orElseThrow().pid();
        try (Connection db = connect("rapport_kpi"); Statement sql = db.createStatement()) {
            sql.execute("create table kept (note text)");
            sql.execute("insert into kept values ('still here')");
        }

        Run status = launcher(Map.of(), "status");
        assertThat(status.output()).containsPattern("postgres +running \\(embedded\\) +" + pid + " +" + port);

        Run second = launcher(Map.of(), "up", "--only", "postgres");
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).contains("postgres: already running (pid " + pid + ", port " + port)
                .contains("databases present");
        assertThat(EmbeddedPostgres.postmasterOf(dataDir).map(ProcessHandle::pid)).contains(pid);

        Run down = launcher(Map.of(), "down", "--only", "postgres");
        assertThat(down.output()).contains("postgres: stopped pid " + pid).doesNotContain("killed");
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(Probes.tcpOpen("127.0.0.1", port)).isFalse();

        Run again = launcher(Map.of(), "up", "--only", "postgres");
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(again.output()).doesNotContain("unpacking").doesNotContain("created the data directory");
        try (Connection db = connect("rapport_kpi"); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aServerAlreadyAnsweringIsUsedInsteadOfTheEmbeddedOne() throws Exception {
        PostgresBinaries binaries = PostgresBinaries.unpackedIn(WORK);
        EmbeddedPostgres someoneElses = new EmbeddedPostgres(binaries, root.resolve("someone-elses"), port);
        someoneElses.initialize(false, root.resolve("someone-elses.log"));
        Process server = new ProcessBuilder(someoneElses.serverCommand(Map.of("autovacuum", "off")))
                .redirectErrorStream(true).redirectOutput(root.resolve("someone-elses.log").toFile()).start();
        try {
            Run up = launcher(Map.of(), "up", "--only", "postgres");
            assertThat(up.exit()).as(up.output()).isZero();
            assertThat(up.output()).contains("something not started by ./rapport already answers on port " + port)
                    .contains("a server already running on this machine (not started by ./rapport)")
                    .contains("postgres: warning: autovacuum is off on this server")
                    .doesNotContain("unpacking");
            assertThat(root.resolve(".rapport/data/postgres")).doesNotExist();
            assertThat(root.resolve(".rapport/run/postgres.json")).doesNotExist();
            try (Connection db = connect("rapport_customer"); Statement sql = db.createStatement();
                    ResultSet dir = sql.executeQuery("show data_directory")) {
                dir.next();
                assertThat(dir.getString(1)).isEqualTo(someoneElses.dataDir().toString());
            }
            Run down = launcher(Map.of(), "down", "--only", "postgres");
            assertThat(down.output()).contains("postgres: not started by ./rapport; left running");
            assertThat(server.isAlive()).isTrue();
        } finally {
            EmbeddedPostgres.shutDown(server.toHandle(), EmbeddedPostgres.Shutdown.IMMEDIATE, Duration.ofSeconds(30));
        }
    }

    @Test
    void aPortHeldBySomethingElseIsRefusedInOneLineAndNothingStarts() throws IOException {
        try (ServerSocket squatter = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            Run up = launcher(Map.of(), "up", "--only", "postgres");
            assertThat(up.exit()).isEqualTo(1);
            assertThat(up.lastLine()).startsWith("rapport up: postgres: port " + port + " is taken by a process "
                    + "./rapport did not start").contains("set RAPPORT_PG_PORT to a free port")
                    .endsWith("Nothing was started.");
        }
        assertThat(root.resolve(".rapport/data/postgres")).doesNotExist();
        assertThat(root.resolve(".rapport/run/postgres.json")).doesNotExist();
    }

    @Test
    void aConfiguredServerThatDoesNotAnswerIsAnErrorNotAFallback() {
        Run up = launcher(Map.of("RAPPORT_PG_URL", "jdbc:postgresql://127.0.0.1:" + port + "/"), "up", "--only",
                "postgres");
        assertThat(up.exit()).isEqualTo(1);
        assertThat(up.lastLine()).contains("(RAPPORT_PG_URL) does not accept connections")
                .contains("unset RAPPORT_PG_URL to let ./rapport run an embedded PostgreSQL");
        assertThat(root.resolve(".rapport/data/postgres")).doesNotExist();
    }

    @Test
    void aFailedUpStopsTheServerItHadStarted() throws Exception {
        // a role that may log in but not create databases: up starts the server, then fails creating them
        PostgresBinaries binaries = PostgresBinaries.unpackedIn(root.resolve(".rapport"));
        EmbeddedPostgres prepared = new EmbeddedPostgres(binaries, dataDir, port);
        prepared.initialize(true, root.resolve("prepare.log"));
        Process server = new ProcessBuilder(prepared.serverCommand(Map.of())).redirectErrorStream(true)
                .redirectOutput(root.resolve("prepare.log").toFile()).start();
        try (Connection db = awaitConnection(); Statement sql = db.createStatement()) {
            sql.execute("create role reader login");
        } finally {
            EmbeddedPostgres.shutDown(server.toHandle(), EmbeddedPostgres.Shutdown.FAST, Duration.ofSeconds(30));
        }

        Run up = launcher(Map.of("RAPPORT_PG_USER", "reader"), "up", "--only", "postgres");
        assertThat(up.exit()).isEqualTo(1);
        assertThat(up.output()).contains("postgres: started (pid").contains("postgres: stopped again")
                .contains("permission denied to create database");
        assertThat(EmbeddedPostgres.postmasterOf(dataDir)).isEmpty();
        assertThat(root.resolve(".rapport/run/postgres.json")).doesNotExist();
    }

    /** Two `up` at once: without the launcher's lock both would start the server; one would fail or be orphaned. */
    @Test
    void twoConcurrentUpsStartOneServerAndBothSucceed() throws Exception {
        Process one = start(Map.of(), "up", "--only", "postgres");
        Process two = start(Map.of(), "up", "--only", "postgres");
        Run first = finish(one);
        Run second = finish(two);
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(first.output() + second.output()).containsOnlyOnce("postgres: started (pid");
        List<ProcessHandle> postmasters = ProcessHandle.allProcesses()
                .filter(p -> ProcessInspector.commandLine(p.pid()).orElse("").contains(dataDir + " "))
                .filter(p -> ProcessInspector.commandLine(p.pid()).orElse("").contains("bin/postgres -D"))
                .toList();
        assertThat(postmasters).hasSize(1);
        assertThat(new ProcessRegistry(root.resolve(".rapport/run")).load("postgres").map(ProcessRecord::pid))
                .contains(postmasters.getFirst().pid());
    }

    private Connection awaitConnection() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return connect("postgres");
            } catch (SQLException e) {
                assertThat(System.nanoTime()).as("connected within 30 s: " + e.getMessage()).isLessThan(deadline);
                Thread.sleep(50); // starting up: nothing to await but a successful connection
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    /** Postmasters (their command line keeps "bin/postgres -D") of servers other than this test's. */
    /**
     * Running PostgreSQL servers that no embedded PostgreSQL of this project started: not this test's, and not
     * those of other test JVMs, which come and go on their own while this test runs.
     */
    private Map<Long, Instant> systemPostmasters() {
        String embedded = "/postgres-" + PostgresBinaries.VERSION + "/bin/postgres -D";
        return ProcessHandle.allProcesses()
                .filter(p -> {
                    String command = ProcessInspector.commandLine(p.pid()).orElse("");
                    return command.contains("bin/postgres -D") && !command.contains(embedded);
                })
                .collect(Collectors.toMap(ProcessHandle::pid, p -> p.info().startInstant().orElse(Instant.EPOCH)));
    }

    record Run(int exit, String output) {
        String lastLine() {
            List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "" : lines.getLast();
        }
    }

    private Run launcher(Map<String, String> env, String... args) {
        return finish(start(env, args));
    }

    private Process start(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-D" + RapportPaths.ROOT_PROPERTY + "=" + root, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("RAPPORT_"));
        Map<String, String> settings = new HashMap<>(Map.of("RAPPORT_PG_PORT", Integer.toString(port)));
        settings.putAll(env);
        environment.putAll(settings);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Run finish(Process process) {
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("launcher finished").isTrue();
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
