package rapport.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import rapport.events.DeadLetterHeaders;
import rapport.events.Topics;

/**
 * {@code dead-letters [list|replay] [--group GROUP]}: shows the events consumers could not process, and after a
 * fix sends them back to the topic they came from (deploy/README.md, "Dead letters"). A replayed event reaches
 * every consumer of that topic again; those that had applied it skip it by its id, so only the one that
 * dead-lettered it applies it. What has been replayed is remembered as the committed offsets of the consumer
 * group {@value #REPLAYER} on the dead-letter topics: a second replay sends nothing twice, and one cut short
 * at worst sends a letter again, which the consumers' idempotence absorbs. Never prints an event's content (it
 * may hold personal data): only its id, type, where it came from and the error.
 */
final class DeadLettersCommand {

    static final String REPLAYER = "rapport-dead-letter-replayer";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    record Request(boolean replay, Optional<String> group) {
    }

    /** One dead letter; {@code replayed} when an earlier replay has sent it back. */
    record Letter(ConsumerRecord<String, String> record, boolean replayed) {

        String header(String key) {
            Header header = record.headers().lastHeader(key);
            return header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
        }
    }

    private final String bootstrap;
    private final PrintStream out;

    DeadLettersCommand(String bootstrap, PrintStream out) {
        this.bootstrap = bootstrap;
        this.out = out;
    }

    static Request parse(CommandLine line) {
        line.expectPositional(0, 1);
        String action = line.positional().isEmpty() ? "list" : line.positional().get(0);
        if (!action.equals("list") && !action.equals("replay")) {
            throw new UsageException("dead-letters: the action is list or replay, not " + action);
        }
        return new Request(action.equals("replay"), line.optional("group"));
    }

    int run(Request request) throws InterruptedException, ExecutionException, TimeoutException {
        List<String> topics = deadLetterTopics(request.group());
        if (topics.isEmpty()) {
            out.println(request.group().map(g -> "no dead-letter topic for consumer group " + g)
                    .orElse("no dead-letter topics: no consumer has dead-lettered an event"));
            return 0;
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            int waiting = 0;
            int sent = 0;
            for (String topic : topics) {
                List<Letter> letters = read(consumer, topic);
                out.printf("%s: %d dead letter(s)%n", topic, letters.size());
                for (Letter letter : letters) {
                    out.println("  " + describe(letter));
                    waiting += letter.replayed() ? 0 : 1;
                }
                if (request.replay()) {
                    sent += replay(consumer, topic, letters);
                }
            }
            if (request.replay()) {
                out.printf("replayed %d letter(s) to the topics they came from%n", sent);
            } else if (waiting > 0) {
                out.printf("%d letter(s) not replayed yet: after fixing the cause, run ./rapport dead-letters replay%n",
                        waiting);
            }
            return 0;
        }
    }

    private List<String> deadLetterTopics(Optional<String> group)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).stream()
                    .filter(t -> group.map(g -> t.equals(Topics.deadLetter(g))).orElse(t.startsWith(Topics.deadLetter(""))))
                    .sorted().toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new LauncherException("Kafka at " + bootstrap + " did not answer (" + e.getMessage()
                    + "); is it running (./rapport status)? Set RAPPORT_KAFKA_BOOTSTRAP for another broker.");
        }
    }

    /** Every letter of the topic, from the beginning to its end now, marked if a replay already sent it. */
    private List<Letter> read(KafkaConsumer<String, String> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
        Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(new java.util.HashSet<>(partitions), TIMEOUT);
        List<Letter> letters = new ArrayList<>();
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (partitions.stream().anyMatch(p -> consumer.position(p, TIMEOUT) < end.get(p))) {
            if (Instant.now().isAfter(deadline)) {
                throw new LauncherException("could not read " + topic + " to its end within " + TIMEOUT.toSeconds()
                        + " s; is Kafka overloaded?");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(partition)) {
                    OffsetAndMetadata committed = done.get(partition);
                    letters.add(new Letter(record, committed != null && record.offset() < committed.offset()));
                }
            }
        }
        return letters;
    }

    private static String describe(Letter letter) {
        ConsumerRecord<String, String> record = letter.record();
        JsonNode event = event(record.value());
        return "%s-%d@%d  %s %s  from %s-%s@%s  %s%n    error: %s".formatted(record.topic(), record.partition(),
                record.offset(), event.path("type").asText("(not an event)"), event.path("id").asText(""),
                letter.header(DeadLetterHeaders.TOPIC), letter.header(DeadLetterHeaders.PARTITION),
                letter.header(DeadLetterHeaders.OFFSET), letter.replayed() ? "replayed" : "not replayed",
                letter.header(DeadLetterHeaders.ERROR)).stripTrailing();
    }

    private static JsonNode event(String value) {
        try {
            return Json.MAPPER.readTree(value == null ? "null" : value);
        } catch (java.io.IOException e) {
            return Json.MAPPER.missingNode();
        }
    }

    /** Sends back the letters not replayed yet, then remembers them as replayed; returns how many were sent. */
    private int replay(KafkaConsumer<String, String> consumer, String topic, List<Letter> letters)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<Letter> waiting = letters.stream().filter(l -> !l.replayed()).toList();
        if (waiting.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetAndMetadata> replayed = new HashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            for (Letter letter : waiting) {
                ConsumerRecord<String, String> record = letter.record();
                String origin = letter.header(DeadLetterHeaders.TOPIC);
                if (origin.equals("?")) {
                    throw new LauncherException(topic + "-" + record.partition() + "@" + record.offset()
                            + " has no " + DeadLetterHeaders.TOPIC + " header: not a dead letter, not replayed");
                }
                ProducerRecord<String, String> again = new ProducerRecord<>(origin, record.key(), record.value());
                for (Header header : record.headers()) {
                    if (!DeadLetterHeaders.isDeadLetterHeader(header.key())) {
                        again.headers().add(header);
                    }
                }
                producer.send(again).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                replayed.put(new TopicPartition(topic, record.partition()), new OffsetAndMetadata(record.offset() + 1));
            }
        }
        consumer.commitSync(replayed, TIMEOUT);
        return waiting.size();
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, REPLAYER,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    }

    private Map<String, Object> producerConfig() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }
}
