package rapport.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A standalone single-node Kafka (KRaft, combined broker and controller, listeners on 127.0.0.1) run as a child JVM
 * from the jars of {@code org.apache.kafka:kafka_2.13}. Used by {@code ./rapport up} and by the system tests.
 * <p>
 * {@code dataDir} holds server.properties, the log4j2 config and the log directory; {@link #format()} formats the log
 * directory once, {@link #start(Path)} starts the broker, {@link #awaitReady(Duration)} waits until the client port
 * accepts connections (Kafka opens it only when the broker is ready).
 */
public final class KafkaBroker {

    public static final String HOST = "127.0.0.1";
    public static final String MAIN_CLASS = "kafka.Kafka";
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-Xms64m", "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true");

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final List<Path> classpath;
    private boolean detached;
    private Process process;

    /**
     * @param classpath the jars to run {@code kafka.Kafka} with, e.g. {@code jarsIn(deploy/launcher/target/kafka-libs)}
     */
    public KafkaBroker(Path dataDir, int port, int controllerPort, List<Path> classpath) {
        if (classpath.isEmpty()) {
            throw new IllegalArgumentException("no Kafka jars given: build deploy/launcher (target/kafka-libs)");
        }
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.classpath = List.copyOf(classpath);
    }

    /** All jars in a directory, sorted; e.g. {@code deploy/launcher/target/kafka-libs}. */
    public static List<Path> jarsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " does not exist: build it with "
                    + "./mvnw -B -pl deploy/launcher -am package -DskipTests");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Start the broker in a session of its own (setsid), so it outlives the JVM that started it. Default: no. */
    public KafkaBroker detached(boolean value) {
        this.detached = value;
        return this;
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path propertiesFile() {
        return dataDir.resolve("server.properties");
    }

    public Path logDir() {
        return dataDir.resolve("kraft-combined-logs");
    }

    private Path log4jConfig() {
        return dataDir.resolve("log4j2.properties");
    }

    public boolean isFormatted() {
        return Files.isRegularFile(logDir().resolve("meta.properties"));
    }

    /** Writes the configuration and formats the log directory unless it already is (idempotent). */
    public void format() throws IOException {
        KafkaServerProperties.write(dataDir, propertiesFile(), log4jConfig(),
                KafkaServerProperties.of(logDir(), port, controllerPort));
        if (isFormatted()) {
            return;
        }
        List<String> command = java("kafka.tools.StorageTool", "format", "--standalone", "--cluster-id",
                KafkaServerProperties.randomClusterId(), "--config", propertiesFile().toString());
        ChildProcess.Result result = ChildProcess.run(command, Duration.ofMinutes(2));
        if (result.exitCode() != 0 || !isFormatted()) {
            throw new IOException("formatting Kafka storage in " + logDir() + " failed (exit " + result.exitCode()
                    + "):\n" + result.output());
        }
    }

    /** The command line that runs the broker. */
    public List<String> command() {
        return java(MAIN_CLASS, propertiesFile().toString());
    }

    /** Formats if needed, then starts the broker with stdout and stderr appended to {@code logFile}. */
    public Process start(Path logFile) throws IOException {
        format();
        process = ChildProcess.start(command(), dataDir, Map.of(), logFile, detached);
        return process;
    }

    /** True when the client port accepts TCP connections. */
    public boolean isReady() {
        return Probes.tcpOpen(HOST, port);
    }

    /** Waits until the client port accepts connections; false on time-out or if the started broker exited. */
    public boolean awaitReady(Duration timeout) {
        Process started = process;
        return Waiter.await(this::isReady, () -> started == null || started.isAlive(), timeout, null)
                == Waiter.Outcome.READY;
    }

    /** Stops the broker this instance started (SIGTERM, then SIGKILL after 30 s). */
    public void stop() {
        if (process != null && process.isAlive()) {
            ChildProcess.terminate(process.toHandle(), Duration.ofSeconds(30));
        }
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.add("-Dlog4j2.configurationFile=" + log4jConfig());
        command.add("-cp");
        command.add(classpath.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining(":")));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}
