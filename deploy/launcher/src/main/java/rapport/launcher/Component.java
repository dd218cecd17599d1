package rapport.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Something `up` starts as a child process and `down` stops: Kafka, Keycloak, a service. */
interface Component {

    String name();

    int port();

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
}
