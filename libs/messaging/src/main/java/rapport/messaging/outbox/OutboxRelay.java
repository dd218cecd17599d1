package rapport.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import rapport.events.CloudEvent;
import rapport.messaging.Backoff;
import rapport.messaging.KafkaClients;
import rapport.messaging.MessagingConfig;
import rapport.messaging.TopicCreator;

/**
 * Publishes pending outbox rows to Kafka in {@code seq} order and marks them sent once the broker
 * has acknowledged them (acks=all, idempotent producer). One relay at a time publishes: a
 * transaction-scoped advisory lock keeps two instances of a service from interleaving. Rows stay
 * pending while the broker is unreachable and go out, in order, when it returns. A row may be
 * published twice if the service dies between the acknowledgement and the commit; consumers
 * deduplicate on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ADVISORY_LOCK_KEY = 0x7261_7070_6f72_74L; // "rapport"
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

    private final Semaphore signal = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
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
        Duration backoff = Duration.ZERO;
        long lastPass = System.nanoTime() - config.outbox().minPassInterval().toNanos();
        while (running) {
            try {
                lastPass = spaceOutFrom(lastPass);
                int sent = publishBatch();
                backoff = Duration.ZERO;
                purgeSentRowsNowAndThen();
                if (sent < config.outbox().batchSize()) {
                    idle(config.outbox().pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.increment();
                backoff = nextBackoff(backoff);
                LOG.warnf("Outbox relay could not publish (%s); %d event(s) wait in the outbox, retrying in %s",
                        e.getMessage(), pending.get(), backoff);
                try {
                    idle(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
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

    private Duration nextBackoff(Duration previous) {
        return Backoff.next(previous, config.outbox().maxBackoff());
    }

    private void idle(Duration duration) throws InterruptedException {
        signal.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
        signal.drainPermits();
    }

    /**
     * Publishes up to one batch; returns how many rows it marked sent. Throws when nothing could be
     * published (broker down, database down), leaving every row pending.
     */
    int publishBatch() throws SQLException, InterruptedException, ExecutionException, TimeoutException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<PendingEvent> batch = loadPending(connection);
                pending.set(batch.size() < config.outbox().batchSize() ? batch.size() : countPending(connection));
                if (batch.isEmpty()) {
                    connection.commit();
                    return 0;
                }
                topics.ensure(batch.stream().map(PendingEvent::topic).collect(LinkedHashSet::new, Set::add, Set::addAll));
                Outcome outcome = send(batch);
                markSent(connection, outcome.sent());
                if (outcome.failure() != null) {
                    recordFailure(connection, outcome.failed(), outcome.failure());
                }
                connection.commit();
                published.increment(outcome.sent().size());
                pending.addAndGet(-outcome.sent().size());
                if (outcome.failure() != null && outcome.sent().isEmpty()) {
                    throw new ExecutionException("no event acknowledged", outcome.failure());
                }
                return outcome.sent().size();
            } catch (SQLException | RuntimeException | InterruptedException | ExecutionException | TimeoutException e) {
                safeRollback(connection);
                throw e;
            }
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, ADVISORY_LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private List<PendingEvent> loadPending(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select seq, topic, event_key, payload from outbox_event where sent_at is null order by seq limit ?")) {
            select.setInt(1, config.outbox().batchSize());
            try (ResultSet rs = select.executeQuery()) {
                List<PendingEvent> batch = new ArrayList<>();
                while (rs.next()) {
                    batch.add(new PendingEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
                return batch;
            }
        }
    }

    private long countPending(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from outbox_event where sent_at is null");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Outcome(List<Long> sent, List<Long> failed, Throwable failure) {
    }

    private Outcome send(List<PendingEvent> batch) throws InterruptedException {
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

    private void markSent(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set sent_at = now(), attempts = attempts + 1 where seq = any (?)")) {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void recordFailure(Connection connection, List<Long> seqs, Throwable failure) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where seq = any (?)")) {
            String message = String.valueOf(failure);
            update.setString(1, message.length() > 2000 ? message.substring(0, 2000) : message);
            update.setArray(2, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    private void purgeSentRowsNowAndThen() throws SQLException {
        Instant now = Instant.now();
        if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) < 0) {
            return;
        }
        lastPurge = now;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from outbox_event where sent_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, config.outbox().retention().toSeconds());
            delete.executeUpdate();
        }
    }

    private static void safeRollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback after a failed relay pass failed too", e);
        }
    }
}
