package rapport.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** The consumer's record of event ids already applied (or dead-lettered). */
@ApplicationScoped
public class ProcessedEvents {

    public enum Outcome { APPLIED, DEAD_LETTERED }

    @Inject
    DataSource dataSource;

    /**
     * Records the id in the current transaction; false when it was recorded before (a duplicate). An event
     * recorded as dead-lettered counts as not processed when it comes back to be applied: a replay of the dead
     * letter after a fix (deploy/README.md, "Dead letters").
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(UUID eventId, String type, Outcome outcome) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into processed_event (event_id, event_type, outcome) values (?, ?, ?)
                        on conflict (event_id) do update set outcome = excluded.outcome
                        where processed_event.outcome = 'DEAD_LETTERED' and excluded.outcome = 'APPLIED'""")) {
            insert.setObject(1, eventId);
            insert.setString(2, type);
            insert.setString(3, outcome.name());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record processed event " + eventId, e);
        }
    }

    /** Forgets every processed id, for a replay from the beginning of the topics. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from processed_event")) {
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not clear processed events", e);
        }
    }
}
