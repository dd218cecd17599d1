package rapport.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One packaged Quarkus service ({@code target/quarkus-app/quarkus-run.jar}) run as a child JVM on the JDK of the
 * current JVM, with an environment of its own, stdout and stderr appended to a log file, healthy when
 * {@code http://127.0.0.1:PORT/q/health/ready} answers 200. Used by {@code ./rapport up} and by the system tests.
 * <p>
 * The environment given is added to the current process's environment, after the variables of its {@link ServiceJvm};
 * {@code QUARKUS_HTTP_PORT} is always set to {@code port}.
 */
public final class ServiceProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> env;
    private final Path logFile;
    private ServiceJvm jvm = ServiceJvm.fromEnvironment();
    private List<String> jvmOptions;
    private Map<String, String> jvmEnvironment;
    private boolean detached;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> env, Path logFile) {
        this.name = name;
        this.jar = jar.toAbsolutePath();
        this.port = port;
        Map<String, String> all = new HashMap<>(env);
        all.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        this.env = Map.copyOf(all);
        this.logFile = logFile;
    }

    /**
     * A service or the web console configured as {@code ./rapport up} configures it (databases, broker, issuer from
     * the same environment variables), on its usual port plus {@code portOffset}: the startup benchmark starts them
     * beside a running stack.
     */
    public static ServiceProcess configuredAsUp(String name, int portOffset, Path logFile) {
        LauncherConfig config = LauncherConfig.fromEnvironment();
        Services.Spec spec = Services.byName(name)
                .orElseThrow(() -> new IllegalArgumentException("no service or console named " + name));
        return new ServiceProcess(name, config.paths().serviceJar(name), spec.port() + portOffset,
                Services.env(spec, config), logFile);
    }

    /** The process started last, while it lives: its pid, for what the caller reads of it in /proc. */
    public java.util.Optional<ProcessHandle> handle() {
        return java.util.Optional.ofNullable(process).filter(Process::isAlive).map(Process::toHandle);
    }

    /** Replaces the JVM options that {@link #jvm(ServiceJvm)} would give. */
    public ServiceProcess jvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    /** Replaces the variables that {@link #jvm(ServiceJvm)} would add to the environment. */
    public ServiceProcess jvmEnvironment(Map<String, String> variables) {
        this.jvmEnvironment = Map.copyOf(variables);
        return this;
    }

    /** The JVM's options and added environment (default {@link ServiceJvm#fromEnvironment()}). */
    public ServiceProcess jvm(ServiceJvm value) {
        this.jvm = value;
        return this;
    }

    /** Start the service in a session of its own (setsid), so it outlives the JVM that started it. Default: no. */
    public ServiceProcess detached(boolean value) {
        this.detached = value;
        return this;
    }

    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(jvmOptions != null ? jvmOptions : jvm.options(jar.getParent()));
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /**
     * Starts the service. The working directory is the service's module directory (three levels above the jar) when
     * the jar sits in the usual {@code MODULE/target/quarkus-app}, else the jar's directory.
     *
     * @throws NoSuchFileException when the jar has not been built
     */
    public Process start() throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new NoSuchFileException(jar.toString(), null, "not built yet (./mvnw -B package -DskipTests)");
        }
        Map<String, String> all = new HashMap<>(jvmEnvironment != null ? jvmEnvironment : jvm.environment());
        all.putAll(env);
        process = ChildProcess.start(command(), workDir(), all, logFile, detached);
        return process;
    }

    /** Waits until the readiness endpoint answers 200; false on time-out or when the started process exited. */
    public boolean awaitHealthy(Duration timeout) {
        Process started = process;
        return Waiter.await(this::isHealthy, () -> started == null || started.isAlive(), timeout, null)
                == Waiter.Outcome.READY;
    }

    public boolean isHealthy() {
        return Probes.httpOk(readinessUri());
    }

    /** Stops the process this instance started: SIGTERM, then SIGKILL after 20 s. */
    public void stop() {
        if (process != null && process.isAlive()) {
            ChildProcess.terminate(process.toHandle(), STOP_GRACE);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path jar() {
        return jar;
    }

    public Path logFile() {
        return logFile;
    }

    public Map<String, String> env() {
        return env;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public URI readinessUri() {
        return baseUri().resolve("/q/health/ready");
    }

    private Path workDir() {
        Path appDir = jar.getParent();
        Path target = appDir == null ? null : appDir.getParent();
        if (target != null && target.getFileName().toString().equals("target") && target.getParent() != null) {
            return target.getParent();
        }
        return appDir;
    }
}
