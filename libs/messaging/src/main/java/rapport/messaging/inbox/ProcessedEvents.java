package rapport.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import rapport.events.CloudEvent;

/**
 * The consumer's record of event ids already applied (or dead-lettered). An event recorded as dead-lettered counts as
 * not processed when it comes back to be applied: a replay of the dead letter after a fix (deploy/README.md,
 * "Dead letters").
 */
@ApplicationScoped
public class ProcessedEvents {

    public enum Outcome { APPLIED, DEAD_LETTERED }

    private static final String RECORD = """
            insert into processed_event (event_id, event_type, outcome)
            select id, type, ? from unnest(?::uuid[], ?::varchar[]) as event (id, type)
            on conflict (event_id) do update set outcome = excluded.outcome
            where processed_event.outcome = 'DEAD_LETTERED' and excluded.outcome = 'APPLIED'
            returning event_id""";

    @Inject
    DataSource dataSource;

    /**
     * Records the events' ids as applied in the current transaction, all in one statement; returns those recorded
     * now, the others having been applied before (duplicates). The ids must be distinct.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> markApplied(Collection<CloudEvent> events) {
        return record(events, Outcome.APPLIED);
    }

    /** Records in the current transaction that the event went to the dead-letter topic. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markDeadLettered(CloudEvent event) {
        record(Set.of(event), Outcome.DEAD_LETTERED);
    }

    private Set<UUID> record(Collection<CloudEvent> events, Outcome outcome) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, outcome.name());
            insert.setArray(2, connection.createArrayOf("uuid", events.stream().map(CloudEvent::id).toArray()));
            insert.setArray(3, connection.createArrayOf("varchar", events.stream().map(CloudEvent::type).toArray()));
            Set<UUID> recorded = new HashSet<>();
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    recorded.add(rs.getObject(1, UUID.class));
                }
            }
            return recorded;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record " + events.size() + " processed event(s)", e);
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
