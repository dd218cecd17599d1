package rapport.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Something `up` starts as a child process and `down` stops: the embedded PostgreSQL, Kafka, Keycloak, a service. */
public interface Component {

    String name();

    int port();

    /** Further ports the process listens on, which must be free when it starts (Kafka's controller port). */
    default List<Integer> otherPorts() {
        return List.of();
    }

    /** What "ready" means, for messages: a URL or host:port. */
    String probe();

    /** The readiness probe; must not throw. */
    boolean isReady();

    Duration readyTimeout();

    /** Everything to do before starting: check prerequisites, download, format. Throws LauncherException. */
    void prepare() throws IOException;

    /** Starts the process, detached, output appended to the log file. */
    Process start(Path logFile) throws IOException;

    /** The command line {@link #start(Path)} runs, recorded in the run state. */
    List<String> command();

    /** A string in the process's command line that proves a pid is still this component (see ProcessRecord). */
    String identity();

    /** Stops the running process; false when it had to be killed after {@code grace}. */
    default boolean stop(ProcessHandle process, Duration grace) throws IOException {
        return ChildProcess.terminate(process, grace);
    }

    /** What to do when something else holds the port and does not answer the readiness probe. */
    default String whenPortTaken() {
        return "Stop that process (see `ss -ltnp`) and run ./rapport up again.";
    }
}
