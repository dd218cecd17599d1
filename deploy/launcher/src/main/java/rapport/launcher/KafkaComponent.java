package rapport.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The local Kafka broker as a {@link Component}. */
final class KafkaComponent implements Component {

    static final int PORT = 9092;
    static final int CONTROLLER_PORT = 9093;

    private final RapportPaths paths;
    private KafkaBroker broker;

    KafkaComponent(RapportPaths paths) {
        this.paths = paths;
    }

    private KafkaBroker broker() {
        if (broker == null) {
            Path libs = paths.kafkaLibs();
            if (!Files.isDirectory(libs)) {
                throw new LauncherException("the Kafka jars are missing (" + paths.show(libs) + "): build the "
                        + "launcher with ./mvnw -B -pl deploy/launcher -am package -DskipTests (./rapport does it)");
            }
            broker = new KafkaBroker(paths.kafkaDataDir(), PORT, CONTROLLER_PORT, KafkaBroker.jarsIn(libs))
                    .detached(true);
        }
        return broker;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public int port() {
        return PORT;
    }

    @Override
    public List<Integer> otherPorts() {
        return List.of(CONTROLLER_PORT);
    }

    @Override
    public String probe() {
        return "TCP " + KafkaBroker.HOST + ":" + PORT;
    }

    @Override
    public boolean isReady() {
        return Probes.tcpOpen(KafkaBroker.HOST, PORT);
    }

    @Override
    public Duration readyTimeout() {
        return Duration.ofSeconds(90);
    }

    @Override
    public void prepare() throws IOException {
        broker().format();
    }

    @Override
    public Process start(Path logFile) throws IOException {
        return broker().start(logFile);
    }

    @Override
    public List<String> command() {
        return broker().command();
    }

    @Override
    public String identity() {
        return paths.kafkaDataDir().resolve("server.properties").toAbsolutePath().toString();
    }
}
