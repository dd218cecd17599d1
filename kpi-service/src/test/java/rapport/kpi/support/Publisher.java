package rapport.kpi.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import rapport.events.EventType;
import rapport.testing.TestEvents;
import rapport.testing.TestKafka;

/**
 * Publishes contract-valid events ({@link TestEvents#cloudEvent}) onto the real test broker, keyed by
 * customer like the producers do, through one long-lived producer (a scenario sends thousands).
 */
public final class Publisher {

    private static KafkaProducer<String, String> producer;

    private Publisher() {
    }

    /** Builds and sends one event; returns its JSON so a test can send it again (a duplicate delivery). */
    public static String publish(EventType type, String teamId, UUID customerId, Record payload) {
        String json = TestEvents.cloudEvent(type, teamId, customerId, payload);
        send(type, customerId, json);
        return json;
    }

    public static void send(EventType type, UUID key, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), key.toString(), json);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type, e);
        }
    }

    /** Sends many without waiting for each acknowledgement; returns once all are acknowledged. */
    public static void sendAll(List<Sent> events) {
        var futures = events.stream().map(e -> {
            ProducerRecord<String, String> record = new ProducerRecord<>(e.type().topic(), e.key().toString(), e.json());
            return producer().send(record);
        }).toList();
        for (var future : futures) {
            try {
                future.get();
            } catch (Exception e) {
                throw new IllegalStateException("could not publish", e);
            }
        }
    }

    public record Sent(EventType type, UUID key, String json) {
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
