package rapport.system;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import rapport.testing.TestPostgres;
import rapport.testing.TestKafka;

/**
 * Every copy of the system's data an outsider with access to the broker or a database could read: every record of
 * every topic from its first offset (key, value and headers, as raw bytes, through a plain KafkaConsumer), and every
 * row of the tables named, as text. For the erasure tests (docs/erasure.md).
 */
final class EveryCopy {

    /** The protected form of a personal-data field (libs/personal-data). */
    static final Pattern PROTECTED = Pattern.compile("pd1:[A-Za-z0-9+/]+={0,2}");

    /** One place a copy lives (a topic's record, a table's row), and its bytes. */
    record Copy(String where, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        boolean contains(String value) {
            return indexOf(bytes, value.getBytes(StandardCharsets.UTF_8)) >= 0;
        }

        List<String> protectedValues() {
            List<String> found = new ArrayList<>();
            Matcher matcher = PROTECTED.matcher(text());
            while (matcher.find()) {
                found.add(matcher.group());
            }
            return found;
        }
    }

    private EveryCopy() {
    }

    /** Every record of every topic on the test broker, from the start. */
    static List<Copy> onTheBroker() throws Exception {
        List<Copy> copies = new ArrayList<>();
        for (String topic : topics()) {
            for (ConsumerRecord<byte[], byte[]> record : records(topic)) {
                String where = topic + "-" + record.partition() + "@" + record.offset();
                copies.add(new Copy(where + " key", record.key() == null ? new byte[0] : record.key()));
                copies.add(new Copy(where + " value", record.value() == null ? new byte[0] : record.value()));
                for (Header header : record.headers()) {
                    copies.add(new Copy(where + " header " + header.key(), header.value()));
                }
            }
        }
        return copies;
    }

    /** The records of {@code topic} as a plain consumer reads them from its first offset to its end now. */
    static List<ConsumerRecord<byte[], byte[]>> records(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end within 30 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    static int partitionsOf(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                    .partitions().size();
        }
    }

    private static List<String> topics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            return admin.listTopics().names().get(10, TimeUnit.SECONDS).stream().sorted().toList();
        }
    }

    /** Every row of the tables (each {@code select t::text from TABLE t}) of the database at {@code jdbcUrl}. */
    static List<Copy> inTables(String jdbcUrl, List<String> tables) throws SQLException {
        List<Copy> copies = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, TestPostgres.user(), TestPostgres.password());
                Statement statement = db.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select t::text from " + table + " t")) {
                    while (rows.next()) {
                        copies.add(new Copy(table, rows.getString(1).getBytes(StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return copies;
    }

    /** The tables of that database whose names start with {@code prefix} (e.g. kpi-service's read model, {@code rm_}). */
    static List<String> tablesStartingWith(String jdbcUrl, String prefix) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, TestPostgres.user(), TestPostgres.password());
                ResultSet rows = db.createStatement().executeQuery(
                        "select tablename from pg_tables where schemaname = current_schema() order by tablename")) {
            while (rows.next()) {
                if (rows.getString(1).startsWith(prefix)) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
