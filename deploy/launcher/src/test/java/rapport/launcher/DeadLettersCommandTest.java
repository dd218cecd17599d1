package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rapport.events.DeadLetterHeaders;

/** {@code ./rapport dead-letters} against a real broker: lists without content, replays each letter once. */
class DeadLettersCommandTest {

    private static final String ORIGIN = "rapport.customers";
    private static final String DLQ = "rapport.dlq.kpi-service";

    @TempDir
    static Path dir;

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> jars = Arrays.stream(classpath.split(File.pathSeparator)).filter(p -> p.endsWith(".jar"))
                .map(Path::of).toList();
        broker = new KafkaBroker(dir.resolve("kafka"), Ports.free(), Ports.free(), jars);
        broker.format();
        broker.start(dir.resolve("kafka.log"));
        assertThat(broker.awaitReady(Duration.ofSeconds(90))).as("broker ready; log:\n%s",
                String.join("\n", LogTail.lastLines(dir.resolve("kafka.log"), 40))).isTrue();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(ORIGIN, 1, (short) 1), new NewTopic(DLQ, 1, (short) 1))).all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.stop();
    }

    private static String event(UUID id) {
        return """
                {"specversion":"1.0","id":"%s","type":"rapport.interaction.logged.v1","source":"/rapport/customer-service",
                 "data":{"summary":"Zelda Quixote rang about her MOT"}}""".formatted(id);
    }

    private static void deadLetter(String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            ProducerRecord<String, String> letter = new ProducerRecord<>(DLQ, key, value);
            letter.headers().add("content-type", bytes("application/cloudevents+json"));
            letter.headers().add(DeadLetterHeaders.ERROR, bytes("IllegalStateException: no such case"));
            letter.headers().add(DeadLetterHeaders.TOPIC, bytes(ORIGIN));
            letter.headers().add(DeadLetterHeaders.PARTITION, bytes("0"));
            letter.headers().add(DeadLetterHeaders.OFFSET, bytes("41"));
            producer.send(letter).get(30, TimeUnit.SECONDS);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, String>> origin() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            TopicPartition partition = new TopicPartition(ORIGIN, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    private static String run(String... args) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DeadLettersCommand.Request request = DeadLettersCommand.parse(CommandLine.parse(args));
        int code = new DeadLettersCommand(broker.bootstrapServers(), new PrintStream(buffer, true, StandardCharsets.UTF_8))
                .run(request);
        assertThat(code).isZero();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsWithoutContentThenReplaysEachLetterOnceToItsTopic() throws Exception {
        UUID id = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        deadLetter(key, event(id));

        String listed = run("dead-letters");
        assertThat(listed).contains(DLQ + ": 1 dead letter(s)", "rapport.interaction.logged.v1 " + id,
                "from " + ORIGIN + "-0@41", "not replayed", "error: IllegalStateException: no such case",
                "1 letter(s) not replayed yet").doesNotContain("Zelda");
        assertThat(origin()).isEmpty();

        assertThat(run("dead-letters", "replay", "--group", "kpi-service")).contains("replayed 1 letter(s)");
        List<ConsumerRecord<String, String>> replayed = origin();
        assertThat(replayed).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo(key);
            assertThat(record.value()).isEqualTo(event(id));
            assertThat(Arrays.stream(record.headers().toArray()).map(Header::key)).containsExactly("content-type");
        });

        assertThat(run("dead-letters", "replay")).contains("replayed 0 letter(s)");
        assertThat(origin()).hasSize(1);
        assertThat(run("dead-letters", "list")).contains("  replayed").doesNotContain("not replayed yet");
    }

    @Test
    void refusesAnUnknownActionAndSaysWhenAGroupHasNoLetters() throws Exception {
        assertThatThrownBy(() -> DeadLettersCommand.parse(CommandLine.parse("dead-letters", "purge")))
                .isInstanceOf(UsageException.class).hasMessageContaining("list or replay");
        assertThat(run("dead-letters", "--group", "feedback-service"))
                .contains("no dead-letter topic for consumer group feedback-service");
    }
}
