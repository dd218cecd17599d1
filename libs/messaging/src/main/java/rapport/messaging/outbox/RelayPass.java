package rapport.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import rapport.messaging.TopicCreator;

/**
 * One pass of the outbox relay, in one database transaction: take the relays' advisory lock, read up to a batch of
 * pending rows, send them, mark the acknowledged ones sent and record why the others were not. Without the lock
 * (another instance's relay holds it) the pass does nothing.
 */
record RelayPass(DataSource dataSource, OutboxStore store, BatchPublisher publisher, TopicCreator topics, int batchSize,
        AtomicLong pending, Counter published) {

    private static final Logger LOG = Logger.getLogger(RelayPass.class);
    private static final BatchPublisher.Outcome NOTHING = new BatchPublisher.Outcome(List.of(), List.of(), null);

    /**
     * Publishes up to one batch; returns how many rows it marked sent. Throws when nothing could be published (broker
     * down, database down), leaving every row pending.
     */
    int run() throws Exception {
        BatchPublisher.Outcome outcome;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                outcome = publish(connection);
                connection.commit();
            } catch (Exception e) {
                safeRollback(connection);
                throw e;
            }
        }
        published.increment(outcome.sent().size());
        pending.addAndGet(-outcome.sent().size());
        if (outcome.failure() != null && outcome.sent().isEmpty()) {
            throw new ExecutionException("no event acknowledged", outcome.failure());
        }
        return outcome.sent().size();
    }

    private BatchPublisher.Outcome publish(Connection connection) throws Exception {
        if (!store.tryLock(connection)) {
            return NOTHING;
        }
        List<PendingEvent> batch = store.loadPending(connection, batchSize);
        pending.set(batch.size() < batchSize ? batch.size() : store.countPending(connection));
        if (batch.isEmpty()) {
            return NOTHING;
        }
        topics.ensure(batch.stream().map(PendingEvent::topic).collect(LinkedHashSet::new, Set::add, Set::addAll));
        BatchPublisher.Outcome outcome = publisher.send(batch);
        store.markSent(connection, outcome.sent());
        if (outcome.failure() != null) {
            store.recordFailure(connection, outcome.failed(), outcome.failure());
        }
        return outcome;
    }

    private static void safeRollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("rollback after a failed relay pass failed too", e);
        }
    }
}
