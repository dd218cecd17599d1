package rapport.messaging.keys;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.events.Topics;
import rapport.events.keys.DataKeyIssued;
import rapport.messaging.Backoff;
import rapport.messaging.KafkaClients;
import rapport.messaging.MessagingConfig;
import rapport.messaging.TopicCreator;
import rapport.personaldata.DataKey;

/**
 * Keeps this service's copies of the data keys in step with {@code rapport.data-keys}
 * ({@code rapport.messaging.data-keys.consume}): reads the compacted topic whole from its start at every start,
 * outside any consumer group, then follows it. A key is stored once; a tombstone forgets it (docs/erasure.md). A
 * record is never sent to a dead-letter topic, which would keep a key for a month: one that is not a key is
 * skipped (logged without its content), and a database failure is retried until it passes.
 */
@ApplicationScoped
public class DataKeyReader {

    private static final Logger LOG = Logger.getLogger(DataKeyReader.class);

    @Inject
    KafkaClients clients;

    @Inject
    TopicCreator topics;

    @Inject
    MessagingConfig config;

    @Inject
    DataKeys keys;

    @Inject
    ObjectMapper mapper;

    private volatile boolean running;
    private Thread thread;
    private KafkaConsumer<String, String> consumer;

    void start(@Observes StartupEvent event) {
        if (!config.dataKeys().consume()) {
            return;
        }
        consumer = clients.groupLessConsumer("data-key-reader");
        running = true;
        thread = Thread.ofPlatform().name("data-key-reader").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10));
    }

    private void run() {
        try {
            assignFromTheStart();
            Backoff backoff = backoff();
            while (running) {
                try {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        applyUntilItPasses(record);
                    }
                    backoff.succeeded();
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // the next poll carries on from the last record applied: every change is idempotent
                    Duration wait = backoff.failed();
                    LOG.warnf("Reading %s failed (%s); retrying in %s", Topics.DATA_KEYS, e.getMessage(), wait);
                    Thread.sleep(wait);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void assignFromTheStart() throws InterruptedException {
        backoff().retry(() -> running, () -> {
            topics.ensure(List.of(Topics.DATA_KEYS));
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DATA_KEYS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) { // a topic just created may have no metadata yet
                throw new IllegalStateException("no partitions known yet");
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }, (e, wait) -> LOG.warnf("Cannot reach Kafka to read %s (%s); retrying in %s", Topics.DATA_KEYS,
                e.getMessage(), wait));
    }

    private void applyUntilItPasses(ConsumerRecord<String, String> record) throws InterruptedException {
        Runnable change = change(record);
        backoff().retry(() -> running, () -> QuarkusTransaction.requiringNew().run(change),
                (e, wait) -> LOG.warnf("Could not store the data key at %s-%d@%d (%s); retrying in %s", record.topic(),
                        record.partition(), record.offset(), e.getClass().getName(), wait));
    }

    private Backoff backoff() {
        return new Backoff(config.consumer().maxBackoff());
    }

    /** What the record changes; nothing for one that is not a key's (its content is never logged). */
    private Runnable change(ConsumerRecord<String, String> record) {
        try {
            UUID subject = UUID.fromString(record.key());
            if (record.value() == null) {
                return () -> keys.forget(subject);
            }
            CloudEvent event = mapper.readValue(record.value(), CloudEvent.class);
            if (!EventType.DATA_KEY_ISSUED.type().equals(event.type())) {
                throw new IllegalArgumentException("type " + event.type());
            }
            DataKeyIssued issued = mapper.treeToValue(event.data(), DataKeyIssued.class);
            if (!subject.equals(issued.subjectId()) || !DataKeyIssued.AES_256_GCM.equals(issued.algorithm())) {
                throw new IllegalArgumentException("record key or algorithm does not match");
            }
            DataKey key = DataKey.fromBase64(issued.key());
            return () -> keys.remember(subject, issued.teamId(), key, issued.issuedAt());
        } catch (Exception e) {
            LOG.warnf("Skipped the record at %s-%d@%d: not a data key (%s)", record.topic(), record.partition(),
                    record.offset(), e.getClass().getSimpleName());
            return () -> { };
        }
    }
}
