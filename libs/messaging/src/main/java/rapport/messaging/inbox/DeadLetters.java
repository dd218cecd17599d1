package rapport.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import rapport.events.DeadLetterHeaders;
import rapport.events.Topics;

/** Sends an event a consumer could not process to that consumer's dead-letter topic, error attached. */
final class DeadLetters {

    private final KafkaProducer<String, String> producer;
    private final String topic;

    DeadLetters(KafkaProducer<String, String> producer, String consumerGroup) {
        this.producer = producer;
        this.topic = Topics.deadLetter(consumerGroup);
    }

    String topic() {
        return topic;
    }

    /** Returns once the broker has the dead letter; throws if it could not be written. */
    void send(ConsumerRecord<String, String> original, Throwable error)
            throws InterruptedException, ExecutionException, TimeoutException {
        ProducerRecord<String, String> letter = new ProducerRecord<>(topic, original.key(), original.value());
        Headers headers = letter.headers();
        original.headers().forEach(headers::add);
        headers.add(DeadLetterHeaders.ERROR, bytes(Failures.describe(error)));
        headers.add(DeadLetterHeaders.TOPIC, bytes(original.topic()));
        headers.add(DeadLetterHeaders.PARTITION, bytes(Integer.toString(original.partition())));
        headers.add(DeadLetterHeaders.OFFSET, bytes(Long.toString(original.offset())));
        producer.send(letter).get(30, TimeUnit.SECONDS);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
