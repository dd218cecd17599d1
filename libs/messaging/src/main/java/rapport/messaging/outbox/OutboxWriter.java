package rapport.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.messaging.MessagingConfig;

/**
 * Records an event in the outbox table inside the caller's transaction: the event is published
 * if and only if that transaction commits. Call it from the {@code @Transactional} service method
 * that makes the business change.
 */
@ApplicationScoped
public class OutboxWriter {

    /** The {@code event_type} of an outbox row that is a tombstone. */
    public static final String TOMBSTONE = "tombstone";

    private static final String INSERT = """
            insert into outbox_event (event_id, topic, event_key, event_type, payload)
            values (?, ?, ?, ?, ?)""";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    MessagingConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * Adds an event about {@code customerId} (the record key, so one customer's events keep their order).
     *
     * @return the CloudEvent written, with its id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(EventType type, UUID customerId, String teamId, Object payload) {
        CloudEvent event = CloudEvent.of(type, config.source(), customerId.toString(), teamId, Instant.now(),
                mapper.valueToTree(payload));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, event.id());
            insert.setString(2, type.topic());
            insert.setString(3, event.subject());
            insert.setString(4, type.type());
            insert.setString(5, mapper.writeValueAsString(event));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not write " + type.type() + " to the outbox", e);
        }
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        return event;
    }

    /**
     * Adds a tombstone (a record with a null value) for {@code key} on a compacted topic: once compacted, the key's
     * earlier values are gone from the log. It goes out in order with the events around it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tombstone(String topic, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, topic);
            insert.setString(3, key);
            insert.setString(4, TOMBSTONE);
            insert.setString(5, null);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write a tombstone for " + topic + " to the outbox", e);
        }
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
