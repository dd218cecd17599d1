package rapport.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The configuration files of a single-node KRaft Kafka (combined broker and controller) on 127.0.0.1, sized for a
 * small heap and a developer's disk: server.properties and a log4j2 config that logs to stdout.
 */
final class KafkaServerProperties {

    /** With -Xmx256m the default 128 MiB dedupe buffer of the log cleaner runs out of heap. */
    static final long DEDUPE_BUFFER_BYTES = 8L * 1024 * 1024;

    private KafkaServerProperties() {
    }

    static Map<String, String> of(Path logDir, int port, int controllerPort) {
        String host = KafkaBroker.HOST;
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", host + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", Long.toString(DEDUPE_BUFFER_BYTES));
        // keep local data small: a week or 256 MiB per partition, whichever comes first, in 32 MiB segments
        p.put("log.retention.hours", "168");
        p.put("log.retention.bytes", Long.toString(256L * 1024 * 1024));
        p.put("log.segment.bytes", Long.toString(32L * 1024 * 1024));
        p.put("log.retention.check.interval.ms", "300000");
        return p;
    }

    static String render(Map<String, String> properties) {
        return "# written by the Rapport launcher; regenerated on every start\n" + properties.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Writes server.properties (regenerated on every start) and the log4j2 configuration. */
    static void write(Path dataDir, Path propertiesFile, Path log4jFile, Map<String, String> properties)
            throws IOException {
        Files.createDirectories(dataDir);
        Files.writeString(propertiesFile, render(properties));
        try (InputStream log4j = KafkaServerProperties.class.getResourceAsStream("kafka-log4j2.properties")) {
            Files.write(log4jFile, log4j.readAllBytes());
        }
    }

    /** A Kafka cluster id: 16 random bytes, URL-safe base64 without padding, like {@code Uuid.randomUuid()}. */
    static String randomClusterId() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        bytes[0] &= 0x7f; // keep clear of the reserved all-zero / sentinel ids
        bytes[0] |= 0x01;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
