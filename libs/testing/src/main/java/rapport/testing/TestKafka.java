package rapport.testing;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka cluster (one combined broker and controller, KRaft) inside the test JVM,
 * started on first use and closed when the JVM exits. Ports are ephemeral; data lives in temporary
 * directories the kit deletes on close.
 */
public final class TestKafka {

    private static final String PROPERTY = "rapport.test.kafka-bootstrap";
    private static KafkaClusterTestKit cluster;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        String existing = System.getProperty(PROPERTY);
        if (existing != null) {
            return existing;
        }
        neverLetTheBrokerEndTheJvm();
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .setPerServerProperties(Map.of())
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    // the log cleaner looks for compactable logs every second (default 15 s), so a test sees a
                    // compacted topic's old values go (docs/erasure.md)
                    .setConfigProp("log.cleaner.backoff.ms", "1000")
                    // topics come from the services' TopicCreator (with the retention rebuilds need), never from a
                    // test client's metadata request that happens to arrive first and gets the broker's 7 days
                    .setConfigProp("auto.create.topics.enable", "false")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            cluster = kit;
            Runtime.getRuntime().addShutdownHook(new Thread(TestKafka::close, "stop-test-kafka"));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the in-JVM Kafka test cluster", e);
        }
        String bootstrap = cluster.bootstrapServers();
        System.setProperty(PROPERTY, bootstrap);
        return bootstrap;
    }

    /**
     * A broker halts its JVM on a fatal error, e.g. when its log directory disappears while it shuts
     * down on a busy machine. Here the JVM is the test run: report instead, so the run's result stands.
     */
    static void neverLetTheBrokerEndTheJvm() {
        Exit.setHaltProcedure((code, message) -> System.err.println("Test Kafka wanted to halt the JVM (" + code + "): " + message));
        Exit.setExitProcedure((code, message) -> System.err.println("Test Kafka wanted to exit the JVM (" + code + "): " + message));
    }

    /** At JVM exit; bounded, so a slow broker shutdown on a busy machine cannot hold the test JVM. */
    private static synchronized void close() {
        if (cluster == null) {
            return;
        }
        KafkaClusterTestKit closing = cluster;
        cluster = null;
        Thread closer = Thread.ofPlatform().daemon().name("close-test-kafka").start(() -> {
            try {
                closing.close();
            } catch (Exception e) {
                System.err.println("Kafka test cluster did not close cleanly: " + e.getMessage());
            }
        });
        try {
            closer.join(Duration.ofSeconds(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
