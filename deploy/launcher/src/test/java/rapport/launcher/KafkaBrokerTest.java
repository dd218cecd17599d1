package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path dir;

    /** The broker's jars (scope provided) are on the test class path. */
    private static List<Path> testClasspathJars() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator)).filter(p -> p.endsWith(".jar")).map(Path::of)
                .toList();
    }

    @Test
    void formatsOnceStartsServesClientsAndStops() throws Exception {
        KafkaBroker broker = new KafkaBroker(dir.resolve("kafka"), Ports.free(), Ports.free(), testClasspathJars());
        broker.format();
        assertThat(broker.isFormatted()).isTrue();
        String meta = Files.readString(broker.logDir().resolve("meta.properties"));
        broker.format();
        assertThat(Files.readString(broker.logDir().resolve("meta.properties"))).isEqualTo(meta);

        Process process = broker.start(dir.resolve("kafka.log"));
        try {
            assertThat(broker.awaitReady(Duration.ofSeconds(90))).as("broker ready; log:\n%s",
                    String.join("\n", LogTail.lastLines(dir.resolve("kafka.log"), 40))).isTrue();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("launcher-test", 1, (short) 1))).all()
                        .get(30, TimeUnit.SECONDS);
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("launcher-test");
            }
        } finally {
            broker.stop();
        }
        assertThat(process.isAlive()).isFalse();
        assertThat(broker.isReady()).isFalse();
    }

    @Test
    void commandRunsKafkaWithTheGivenJarsAndASmallHeap() {
        KafkaBroker broker = new KafkaBroker(dir, 9092, 9093, List.of(Path.of("/libs/a.jar"), Path.of("/libs/b.jar")));
        assertThat(broker.command()).contains("-Xmx256m", "-cp", "/libs/a.jar:/libs/b.jar", "kafka.Kafka")
                .last().isEqualTo(dir.resolve("server.properties").toString());
        assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:9092");
    }

    @Test
    void needsJars() {
        assertThatThrownBy(() -> new KafkaBroker(dir, 1, 2, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jarsInListsOnlyJarsSorted() throws Exception {
        Files.createFile(dir.resolve("b.jar"));
        Files.createFile(dir.resolve("a.jar"));
        Files.createFile(dir.resolve("notes.txt"));
        assertThat(KafkaBroker.jarsIn(dir)).containsExactly(dir.resolve("a.jar"), dir.resolve("b.jar"));
        assertThatThrownBy(() -> KafkaBroker.jarsIn(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deploy/launcher");
    }

    @Test
    void clusterIdsLookLikeKafkaUuids() {
        String id = KafkaServerProperties.randomClusterId();
        assertThat(id).hasSize(22).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
        assertThat(KafkaServerProperties.randomClusterId()).isNotEqualTo(id);
    }

    @Test
    void serverPropertiesForASmallSingleNode() {
        Map<String, String> p = KafkaServerProperties.of(dir.resolve("logs"), 9092, 9093);
        assertThat(p).containsEntry("process.roles", "broker,controller")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:9092")
                .containsEntry("controller.quorum.bootstrap.servers", "127.0.0.1:9093")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("log.dirs", dir.resolve("logs").toString())
                .containsKeys("log.retention.bytes", "log.retention.hours");
        assertThat(Long.parseLong(p.get("log.cleaner.dedupe.buffer.size"))).isLessThan(64L << 20);
        assertThat(KafkaServerProperties.render(p)).contains("process.roles=broker,controller\n");
    }
}
