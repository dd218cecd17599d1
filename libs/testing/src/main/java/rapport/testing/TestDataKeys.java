package rapport.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.events.Topics;
import rapport.events.keys.DataKeyIssued;
import rapport.personaldata.DataKey;

/**
 * The data keys of test events' subjects, published on the test broker's {@code rapport.data-keys} as an owner
 * publishes them (before the first event they protect), so that consumers under test decrypt what
 * {@link TestEvents} protects, as in production (docs/erasure.md).
 */
public final class TestDataKeys {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Map<UUID, DataKey> KEYS = new ConcurrentHashMap<>();
    private static KafkaProducer<String, String> producer;

    private TestDataKeys() {
    }

    /** The subject's key; made and published (acknowledged by the broker) on first use. */
    public static DataKey keyOf(UUID subject, String teamId) {
        return KEYS.computeIfAbsent(subject, s -> publish(s, teamId, DataKey.generate()));
    }

    /** The key made for {@code subject}, if a test event protected something with it. */
    public static Optional<DataKey> made(UUID subject) {
        return Optional.ofNullable(KEYS.get(subject));
    }

    /**
     * The key a service published for {@code subject} on {@code rapport.data-keys}, read as an outside observer would
     * (waits up to 15 s for it); fails when there is none.
     */
    public static DataKey published(UUID subject) {
        String value = KafkaTestClient.await(Topics.DATA_KEYS, r -> subject.toString().equals(r.key()) && r.value() != null,
                1, Duration.ofSeconds(15)).getFirst().value();
        try {
            EventContract.assertConforms(value);
            return DataKey.fromBase64(MAPPER.readTree(value).path("data").path("key").asText());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to 15 s for the tombstone of {@code subject}'s key on {@code rapport.data-keys}. */
    public static void awaitTombstone(UUID subject) {
        KafkaTestClient.await(Topics.DATA_KEYS, r -> subject.toString().equals(r.key()) && r.value() == null, 1,
                Duration.ofSeconds(15));
    }

    /** A tombstone for the subject's key, as its owner publishes on erasure. */
    public static void shred(UUID subject) {
        send(subject, null);
    }

    /** The subject's key published once more (a late or re-read copy), after it may have been shredded. */
    public static void republish(UUID subject) {
        DataKey key = KEYS.get(subject);
        if (key == null) {
            throw new IllegalStateException("no test key was made for " + subject);
        }
        publish(subject, "test", key);
    }

    private static DataKey publish(UUID subject, String teamId, DataKey key) {
        Instant now = Instant.now();
        CloudEvent event = CloudEvent.of(EventType.DATA_KEY_ISSUED, "/rapport/test", subject.toString(), teamId, now,
                MAPPER.valueToTree(new DataKeyIssued(subject, teamId, DataKeyIssued.AES_256_GCM, key.toBase64(), now)));
        try {
            String json = MAPPER.writeValueAsString(event);
            EventContract.assertConforms(json);
            send(subject, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return key;
    }

    private static void send(UUID subject, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.DATA_KEYS, subject.toString(), value);
        if (value != null) {
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        }
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the test data key of " + subject, e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
