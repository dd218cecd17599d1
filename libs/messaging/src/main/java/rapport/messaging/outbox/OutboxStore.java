package rapport.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The relay's statements on the {@code outbox_event} table, each on the caller's connection and transaction. */
final class OutboxStore {

    private static final long ADVISORY_LOCK_KEY = 0x7261_7070_6f72_74L; // "rapport"
    private static final int MAX_ERROR_LENGTH = 2000;

    /**
     * Takes the relays' transaction-scoped advisory lock: false when another instance's relay holds it, which then
     * publishes instead, so two relays never interleave the same rows.
     */
    boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, ADVISORY_LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The first {@code limit} unsent rows in {@code seq} order. */
    List<PendingEvent> loadPending(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select seq, topic, event_key, payload from outbox_event where sent_at is null order by seq limit ?")) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                List<PendingEvent> batch = new ArrayList<>();
                while (rs.next()) {
                    batch.add(new PendingEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
                return batch;
            }
        }
    }

    long countPending(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from outbox_event where sent_at is null");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Marks the rows the broker acknowledged sent, all in one statement. */
    void markSent(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set sent_at = now(), attempts = attempts + 1 where seq = any (?)")) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    /** Counts an attempt on rows that stay pending, with why they could not be published. */
    void recordFailure(Connection connection, List<Long> seqs, Throwable failure) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where seq = any (?)")) {
            String message = String.valueOf(failure);
            update.setString(1, message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message);
            update.setArray(2, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    /** Deletes the rows sent longer ago than {@code retention} (rapport.messaging.outbox.retention). */
    void purgeSentBefore(Connection connection, Duration retention) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox_event where sent_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, retention.toSeconds());
            delete.executeUpdate();
        }
    }
}
