package rapport.system.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rapport.launcher.KafkaBroker;
import rapport.testing.FreePorts;

/**
 * The broker `./rapport up` starts runs from the jars the launcher's build copies to deploy/launcher/target/kafka-libs
 * (deploy/README.md): after the build, those jars alone format its storage and serve clients. The launcher's own
 * tests run the broker from their test class path, so only a test after packaging sees a jar missing there.
 */
class PackagedKafkaTest {

    @TempDir
    Path dir;

    @Test
    void theCopiedJarsFormatAndRunTheBroker() throws Exception {
        Path root = Path.of(System.getProperty("rapport.root", "..")).toAbsolutePath().normalize();
        Path libs = root.resolve("deploy/launcher/target/kafka-libs");
        assertThat(libs).isDirectory();
        KafkaBroker broker = new KafkaBroker(dir.resolve("kafka"), FreePorts.next(), FreePorts.next(),
                KafkaBroker.jarsIn(libs));
        broker.format();
        assertThat(broker.isFormatted()).isTrue();
        broker.start(dir.resolve("kafka.log"));
        try {
            assertThat(broker.awaitReady(Duration.ofSeconds(90)))
                    .as("broker ready; log:%n%s", Files.exists(dir.resolve("kafka.log")) ? Files.readString(dir.resolve("kafka.log")) : "")
                    .isTrue();
        } finally {
            broker.stop();
        }
    }
}
