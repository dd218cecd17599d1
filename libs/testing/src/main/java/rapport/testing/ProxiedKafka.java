package rapport.testing;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A second, private Kafka node whose clients reach it only through a {@link TcpProxy}: the broker
 * advertises the proxy's address, so cutting the proxy makes the broker unreachable for every
 * client (as a network partition or a stopped broker would) while its data stays intact, and
 * restoring it brings the same broker back. For tests of what happens while Kafka is down.
 */
public final class ProxiedKafka implements AutoCloseable {

    private final TcpProxy proxy;
    private final KafkaClusterTestKit cluster;

    private ProxiedKafka(TcpProxy proxy, KafkaClusterTestKit cluster) {
        this.proxy = proxy;
        this.cluster = cluster;
    }

    public static ProxiedKafka start() {
        TestKafka.neverLetTheBrokerEndTheJvm();
        TcpProxy proxy = TcpProxy.open();
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build())
                    .setConfigProp("advertised.listeners", "EXTERNAL://127.0.0.1:" + proxy.port())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kit.format();
            kit.startup();
            String[] listener = kit.bootstrapServers().split(",")[0].split(":");
            proxy.target(listener[0], Integer.parseInt(listener[1]));
            kit.waitForReadyBrokers();
            return new ProxiedKafka(proxy, kit);
        } catch (Exception e) {
            proxy.close();
            throw new IllegalStateException("Cannot start the proxied Kafka node", e);
        }
    }

    /** What clients use: the proxy's address. */
    public String bootstrapServers() {
        return "127.0.0.1:" + proxy.port();
    }

    /** The broker becomes unreachable. */
    public void cut() {
        proxy.cut();
    }

    /** The broker is reachable again. */
    public void restore() {
        proxy.restore();
    }

    @Override
    public void close() throws Exception {
        proxy.close();
        cluster.close();
    }
}
