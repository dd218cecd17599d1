package rapport.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import rapport.events.CloudEvent;

/**
 * Sends a batch of outbox rows to Kafka in order and waits for the broker's acknowledgements (acks=all, idempotent
 * producer, so the rows of one key stay in order on their partition).
 */
final class BatchPublisher {

    /** Which rows the broker acknowledged, which it did not, and the last failure seen (null when none). */
    record Outcome(List<Long> sent, List<Long> failed, Throwable failure) {
    }

    private final KafkaProducer<String, String> producer;

    BatchPublisher(KafkaProducer<String, String> producer) {
        this.producer = producer;
    }

    Outcome send(List<PendingEvent> batch) throws InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
            if (event.payload() != null) { // a tombstone (OutboxWriter#tombstone) is a null value, nothing else
                record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            }
            Future<RecordMetadata> ack = producer.send(record);
            acks.add(ack);
            if (ack.isDone() && failedAlready(ack)) {
                break; // e.g. no metadata while the broker is down: don't wait max.block.ms per row
            }
        }
        producer.flush();
        List<Long> sent = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        Throwable failure = null;
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get();
                sent.add(batch.get(i).seq());
            } catch (ExecutionException e) {
                failed.add(batch.get(i).seq());
                failure = e.getCause();
            }
        }
        return new Outcome(sent, failed, failure);
    }

    private static boolean failedAlready(Future<RecordMetadata> ack) throws InterruptedException {
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }
}
