package rapport.messaging.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
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
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.messaging.Backoff;
import rapport.messaging.KafkaClients;
import rapport.messaging.MessagingConfig;
import rapport.messaging.TopicCreator;

/**
 * Consumes the configured topics and applies each event exactly once in effect: the event id is
 * recorded in the same transaction as the handler's changes, and offsets are committed only after
 * that transaction. The events of one poll share a transaction when they all apply cleanly. A transient failure (database or broker down) pauses the partition and retries
 * the same event later; an event that keeps failing goes to the dead-letter topic so the events
 * behind it still flow.
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

    private volatile boolean running;
    private Thread thread;
    private KafkaConsumer<String, String> consumer;
    private KafkaProducer<String, String> deadLetterProducer;
    private DeadLetters deadLetters;
    private EventHandler handler;
    private Set<EventType> handled;
    private List<String> topics;
    private Counter applied;
    private Counter duplicates;
    private Counter deadLettered;
    private Counter skipped;
    private Counter batches;

    private enum Result { DONE, RETRY_LATER }

    private final Replays replays = new Replays();

    void start(@Observes StartupEvent event) {
        topics = config.consumer().topics().orElse(List.of());
        if (topics.isEmpty()) {
            return;
        }
        if (!handlers.isResolvable()) {
            throw new IllegalStateException("rapport.messaging.consumer.topics is set but no single EventHandler bean exists");
        }
        handler = handlers.get();
        handled = Set.copyOf(handler.handledTypes());
        String group = config.consumer().groupId()
                .orElseThrow(() -> new IllegalStateException("rapport.messaging.consumer.group-id is required when consuming"));
        applied = registry.counter("rapport.consumer.events", "outcome", "applied");
        duplicates = registry.counter("rapport.consumer.events", "outcome", "duplicate");
        deadLettered = registry.counter("rapport.consumer.events", "outcome", "dead-lettered");
        skipped = registry.counter("rapport.consumer.events", "outcome", "skipped");
        batches = registry.counter("rapport.consumer.batches");
        consumer = clients.manualCommitConsumer(group);
        deadLetterProducer = clients.reliableProducer(group + "-dead-letters");
        deadLetters = new DeadLetters(deadLetterProducer, group);
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

    private void run() {
        try {
            createTopicsWhenBrokerIsUp();
            consumer.subscribe(topics);
            Duration backoff = Duration.ZERO;
            while (running) {
                try {
                    replays.startIfRequested(consumer, clear -> QuarkusTransaction.requiringNew().run(() -> {
                        processed.clear();
                        clear.run();
                    }));
                    if (pollAndApply()) {
                        backoff = Duration.ZERO;
                        continue;
                    }
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // e.g. a commit that timed out while the broker was away, or a database down during a replay:
                    // uncommitted events come again and are deduplicated, so carry on after a pause
                    LOG.warnf("Event consumer hit %s; carrying on", Failures.describe(e));
                }
                backoff = nextBackoff(backoff);
                waitPaused(backoff);
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

    private void createTopicsWhenBrokerIsUp() throws InterruptedException {
        List<String> needed = new ArrayList<>(topics);
        needed.add(deadLetters.topic());
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                topicCreator.ensure(needed);
                return;
            } catch (Exception e) {
                backoff = nextBackoff(backoff);
                LOG.warnf("Cannot reach Kafka to check topics %s (%s); retrying in %s", needed, e.getMessage(), backoff);
                Thread.sleep(backoff.toMillis());
            }
        }
    }

    /** Returns false when an event must be retried later (its partition was rewound to it). */
    private boolean pollAndApply() throws InterruptedException {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        if (records.count() > 1 && applyAllInOneTransaction(records)) {
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (TopicPartition partition : records.partitions()) {
                done.put(partition, new OffsetAndMetadata(records.records(partition).getLast().offset() + 1));
            }
            consumer.commitSync(done);
            replays.finishIfCaughtUp(consumer);
            return true;
        }
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean allDone = true;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                if (process(record) == Result.RETRY_LATER) {
                    consumer.seek(partition, record.offset());
                    allDone = false;
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
        replays.finishIfCaughtUp(consumer);
        return allDone;
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

    /**
     * The fast path: every polled event in one transaction (one commit instead of one per event),
     * in partition order. If anything fails, nothing of it stays and the events are applied one by
     * one instead, where failures are told apart and a bad event is isolated.
     */
    private boolean applyAllInOneTransaction(ConsumerRecords<String, String> records) {
        List<CloudEvent> events = new ArrayList<>(records.count());
        try {
            for (ConsumerRecord<String, String> record : records) {
                events.add(mapper.readValue(record.value(), CloudEvent.class));
            }
        } catch (Exception e) {
            return false;
        }
        int polled = events.size();
        events.removeIf(event -> !handles(event));
        skipped.increment(polled - events.size());
        if (events.isEmpty()) {
            return true;
        }
        try {
            int fresh = QuarkusTransaction.requiringNew().call(() -> {
                int first = 0;
                for (CloudEvent event : events) {
                    if (processed.markProcessed(event.id(), event.type(), ProcessedEvents.Outcome.APPLIED)) {
                        handler.handle(event);
                        first++;
                    }
                }
                return first;
            });
            applied.increment(fresh);
            duplicates.increment(events.size() - fresh);
            batches.increment();
            return true;
        } catch (Exception e) {
            LOG.debugf("A batch of %d events failed (%s); applying them one by one", events.size(), e.getMessage());
            return false;
        }
    }

    private Result process(ConsumerRecord<String, String> record) throws InterruptedException {
        CloudEvent event;
        try {
            event = mapper.readValue(record.value(), CloudEvent.class);
        } catch (Exception e) {
            return deadLetter(record, null, new UnprocessableEventException("not a CloudEvent: " + e.getMessage(), e));
        }
        if (!handles(event)) {
            skipped.increment();
            return Result.DONE;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                boolean fresh = QuarkusTransaction.requiringNew().call(() -> {
                    boolean first = processed.markProcessed(event.id(), event.type(), ProcessedEvents.Outcome.APPLIED);
                    if (first) {
                        handler.handle(event);
                    }
                    return first;
                });
                (fresh ? applied : duplicates).increment();
                return Result.DONE;
            } catch (Exception e) {
                if (Failures.isTransient(e)) {
                    LOG.warnf("Event %s (%s) failed transiently, will retry: %s", event.id(), event.type(), Failures.describe(e));
                    return Result.RETRY_LATER;
                }
                if (Failures.isUnprocessable(e) || attempt >= config.consumer().maxAttempts()) {
                    return deadLetter(record, event, e);
                }
                Thread.sleep(100L * attempt);
            }
        }
    }

    private Result deadLetter(ConsumerRecord<String, String> record, CloudEvent event, Throwable error)
            throws InterruptedException {
        try {
            deadLetters.send(record, error);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.warnf("Could not write to %s (%s); will retry %s-%d@%d", deadLetters.topic(), e.getMessage(),
                    record.topic(), record.partition(), record.offset());
            return Result.RETRY_LATER;
        }
        LOG.errorf("Event at %s-%d@%d sent to %s: %s", record.topic(), record.partition(), record.offset(),
                deadLetters.topic(), Failures.describe(error));
        deadLettered.increment();
        if (event != null) {
            try {
                QuarkusTransaction.requiringNew().run(() -> processed.markProcessed(event.id(), event.type(),
                        ProcessedEvents.Outcome.DEAD_LETTERED));
            } catch (Exception e) {
                LOG.warnf("Could not record dead-lettered event %s: %s", event.id(), e.getMessage());
            }
        }
        return Result.DONE;
    }

    private boolean handles(CloudEvent event) {
        return EventType.fromType(event.type()).filter(handled::contains).isPresent();
    }

    private Duration nextBackoff(Duration previous) {
        return Backoff.next(previous, config.consumer().maxBackoff());
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
