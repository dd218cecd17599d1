package rapport.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A Debian/Ubuntu PostgreSQL cluster on this machine ({@code postgresql-common}), started with pg_ctlcluster. */
final class PostgresCluster {

    private static final Path CONFIG_ROOT = Path.of("/etc/postgresql");
    private static final List<Path> PG_CTLCLUSTER = List.of(Path.of("/usr/bin/pg_ctlcluster"),
            Path.of("/usr/sbin/pg_ctlcluster"));

    private PostgresCluster() {
    }

    /** The pg_ctlcluster executable, if postgresql-common is installed. */
    static Optional<Path> pgCtlCluster() {
        return PG_CTLCLUSTER.stream().filter(Files::isExecutable).findFirst();
    }

    /** The newest installed major version with a {@code main} cluster, from the directory names in /etc/postgresql. */
    static Optional<String> version(Path configRoot) {
        if (!Files.isDirectory(configRoot)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(configRoot)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve("main")))
                    .map(d -> d.getFileName().toString())
                    .filter(v -> v.matches("\\d+(\\.\\d+)?"))
                    .max(Comparator.comparingDouble(Double::parseDouble));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static List<String> startCommand(Path pgCtlCluster, String version) {
        return List.of(pgCtlCluster.toString(), "--skip-systemctl-redirect", version, "main", "start");
    }

    /** Starts the local main cluster and returns the command it ran; LauncherException when that is not possible. */
    static String start() throws IOException {
        Path tool = pgCtlCluster().orElseThrow(() -> new LauncherException(
                "PostgreSQL is not reachable and not installed here (no pg_ctlcluster). Install it with "
                        + "`apt-get install -y postgresql` or point RAPPORT_PG_URL at a running server."));
        String version = version(CONFIG_ROOT).orElseThrow(() -> new LauncherException(
                "PostgreSQL is installed but has no cluster in " + CONFIG_ROOT + ": create one with "
                        + "`pg_createcluster <version> main` or point RAPPORT_PG_URL at a running server."));
        List<String> command = startCommand(tool, version);
        ChildProcess.Result result = ChildProcess.run(command, Duration.ofSeconds(60));
        if (result.exitCode() != 0) {
            throw new LauncherException("`" + String.join(" ", command) + "` failed (exit " + result.exitCode()
                    + "):\n" + result.output().strip());
        }
        return String.join(" ", command);
    }
}
