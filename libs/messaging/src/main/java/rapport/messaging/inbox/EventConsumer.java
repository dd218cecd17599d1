package rapport.messaging.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import rapport.messaging.Backoff;
import rapport.messaging.KafkaClients;
import rapport.messaging.MessagingConfig;
import rapport.messaging.TopicCreator;

/**
 * Consumes the configured topics and applies each event exactly once in effect: the event id is recorded in the
 * same transaction as the handler's changes ({@link ProcessedEvents}), and offsets are committed only after that
 * transaction. This class is the loop: poll, apply (a poll's events in one transaction by {@link BatchApplier},
 * or one by one by {@link OneByOneApplier} when that fails), commit the offsets, and run replays ({@link Replays}).
 * A transient failure pauses the partitions for the {@link Backoff} and retries the same event; an event that
 * keeps failing goes to the dead-letter topic ({@link RetryPolicy}) so the events behind it still flow.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    KafkaClients clients;

    @Inject
    TopicCreator topicCreator;

    @Inject
    MessagingConfig config;

    @Inject
    ProcessedEvents processed;

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    private final Replays replays = new Replays();
    private volatile boolean running;
    private Thread thread;
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> deadLetterProducer;
    private List<String> topics;
    private String deadLetterTopic;
    private BatchApplier batchApplier;
    private OneByOneApplier oneByOneApplier;

    void start(@Observes StartupEvent event) {
        topics = config.consumer().topics().orElse(List.of());
        if (topics.isEmpty()) {
            return;
        }
        if (!handlers.isResolvable()) {
            throw new IllegalStateException("rapport.messaging.consumer.topics is set but no single EventHandler bean exists");
        }
        EventHandler handler = handlers.get();
        String group = config.consumer().groupId()
                .orElseThrow(() -> new IllegalStateException("rapport.messaging.consumer.group-id is required when consuming"));
        HandledEvents handled = new HandledEvents(mapper, handler.handledTypes());
        ConsumerCounters counters = ConsumerCounters.register(registry);
        deadLetterProducer = clients.reliableProducer(group + "-dead-letters");
        DeadLetters deadLetters = new DeadLetters(deadLetterProducer, group);
        deadLetterTopic = deadLetters.topic();
        AppliedInTransaction transaction = new AppliedInTransaction(processed, handler);
        batchApplier = new BatchApplier(handled, transaction, counters);
        oneByOneApplier = new OneByOneApplier(handled, transaction, new RetryPolicy(config.consumer().maxAttempts()),
                deadLetters, counters);
        consumer = clients.manualCommitConsumer(group);
        running = true;
        thread = Thread.ofPlatform().name("event-consumer").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10));
        deadLetterProducer.close(Duration.ofSeconds(5));
    }

    /**
     * Clears this service's state and consumes every topic again from its first record. {@code clear}
     * runs in the transaction that also forgets the processed event ids, so the replay applies each
     * event once again. Requires this instance to own every partition (one instance per service): with another
     * instance in the consumer group the request is refused before anything is rewound or cleared.
     *
     * @return when the replay started (or was refused), and when the records present at its start have all been
     *         applied
     * @throws IllegalStateException when this service consumes nothing or a replay is already running
     */
    public ReplayRequest replayFromStart(Runnable clear) {
        if (thread == null) {
            throw new IllegalStateException("this service consumes no topics");
        }
        return replays.request(clear);
    }

    /** The running replay's progress, or how the last one ended. */
    public ReplayProgress replayProgress() {
        return replays.progress();
    }

    private void run() {
        try {
            Backoff backoff = new Backoff(config.consumer().maxBackoff());
            createTopicsWhenBrokerIsUp(backoff);
            consumer.subscribe(topics);
            while (running) {
                try {
                    replays.startIfRequested(consumer, clear -> QuarkusTransaction.requiringNew().run(() -> {
                        processed.clear();
                        clear.run();
                    }));
                    if (pollAndApply()) {
                        backoff.succeeded();
                        continue;
                    }
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // e.g. a commit that timed out while the broker was away, or a database down during a replay:
                    // uncommitted events come again and are deduplicated, so carry on after a pause
                    LOG.warnf("Event consumer hit %s; carrying on", Failures.describe(e));
                }
                waitPaused(backoff.failed());
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

    private void createTopicsWhenBrokerIsUp(Backoff backoff) throws InterruptedException {
        List<String> needed = new ArrayList<>(topics);
        needed.add(deadLetterTopic);
        backoff.retry(() -> running, () -> topicCreator.ensure(needed), (e, wait) -> LOG.warnf(
                "Cannot reach Kafka to check topics %s (%s); retrying in %s", needed, e.getMessage(), wait));
    }

    /** Returns false when an event must be retried later (its partition was rewound to it). */
    private boolean pollAndApply() throws InterruptedException {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean allDone = true;
        if (records.count() > 1 && batchApplier.applyAll(records)) {
            for (TopicPartition partition : records.partitions()) {
                done.put(partition, new OffsetAndMetadata(records.records(partition).getLast().offset() + 1));
            }
        } else {
            for (TopicPartition partition : records.partitions()) {
                for (ConsumerRecord<String, String> record : records.records(partition)) {
                    if (oneByOneApplier.apply(record) == OneByOneApplier.Result.RETRY_LATER) {
                        consumer.seek(partition, record.offset());
                        allDone = false;
                        break;
                    }
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
        replays.finishIfCaughtUp(consumer);
        return allDone;
    }

    /** Waits while polling with every partition paused, so the group does not think this consumer died. */
    private void waitPaused(Duration backoff) {
        var assigned = consumer.assignment();
        consumer.pause(assigned);
        long until = System.nanoTime() + backoff.toNanos();
        while (running && System.nanoTime() < until) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.resume(assigned);
    }
}
