package rapport.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.jboss.logging.Logger;
import rapport.messaging.Backoff;
import rapport.messaging.KafkaClients;
import rapport.messaging.MessagingConfig;
import rapport.messaging.TopicCreator;

/**
 * Publishes pending outbox rows to Kafka in {@code seq} order and marks them sent once the broker has acknowledged
 * them. This class is the loop: one {@link RelayPass} after another, at most one per
 * {@code min-pass-interval}, woken by commits ({@link #wakeUp}) or every {@code poll-interval}, and now and then a
 * purge of the rows sent longer ago than the retention. A pass holds the relays' advisory lock for its transaction,
 * so one relay at a time publishes. Rows stay pending while the broker is unreachable (the loop waits
 * its {@link Backoff}) and go out, in order, when it returns. A row may be published twice if the service dies
 * between the acknowledgement and the commit; consumers deduplicate on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    @Inject
    DataSource dataSource;

    @Inject
    KafkaClients clients;

    @Inject
    TopicCreator topics;

    @Inject
    MessagingConfig config;

    @Inject
    MeterRegistry registry;

    private final OutboxStore store = new OutboxStore();
    private final Semaphore signal = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private RelayPass pass;
    private Counter published;
    private Counter failures;
    private Instant lastPurge = Instant.EPOCH;

    void start(@Observes StartupEvent event) {
        if (!config.outbox().enabled()) {
            return;
        }
        published = registry.counter("rapport.outbox.published");
        failures = registry.counter("rapport.outbox.publish.failures");
        Gauge.builder("rapport.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka, as of the relay's last pass")
                .register(registry);
        producer = clients.reliableProducer("outbox-relay");
        pass = new RelayPass(dataSource, store, new BatchPublisher(producer), topics, config.outbox().batchSize(),
                pending, published);
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        wakeUp();
        thread.join(Duration.ofSeconds(10));
        producer.close(Duration.ofSeconds(5));
    }

    /** Asks the relay to look for rows now instead of at its next poll. */
    public void wakeUp() {
        signal.release();
    }

    private void run() {
        Backoff backoff = new Backoff(config.outbox().maxBackoff());
        long lastPass = System.nanoTime() - config.outbox().minPassInterval().toNanos();
        try {
            while (running) {
                try {
                    lastPass = spaceOutFrom(lastPass);
                    int sent = pass.run();
                    backoff.succeeded();
                    purgeSentRowsNowAndThen();
                    if (sent < config.outbox().batchSize()) {
                        idle(config.outbox().pollInterval());
                    }
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    failures.increment();
                    Duration wait = backoff.failed();
                    LOG.warnf("Outbox relay could not publish (%s); %d event(s) wait in the outbox, retrying in %s",
                            e.getMessage(), pending.get(), wait);
                    idle(wait);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the minimum interval since the previous pass has passed; returns this pass's start. */
    private long spaceOutFrom(long previousPass) throws InterruptedException {
        long wait = previousPass + config.outbox().minPassInterval().toNanos() - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
        return System.nanoTime();
    }

    private void idle(Duration duration) throws InterruptedException {
        signal.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
        signal.drainPermits();
    }

    private void purgeSentRowsNowAndThen() throws SQLException {
        Instant now = Instant.now();
        if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) < 0) {
            return;
        }
        lastPurge = now;
        try (Connection connection = dataSource.getConnection()) {
            store.purgeSentBefore(connection, config.outbox().retention());
        }
    }
}
