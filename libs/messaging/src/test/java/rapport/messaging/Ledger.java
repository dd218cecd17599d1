package rapport.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.events.customer.CustomerRegistered;
import rapport.messaging.outbox.OutboxWriter;

/** A stand-in business service: writes a row and publishes an event in one transaction. */
@ApplicationScoped
public class Ledger {

    @Inject
    DataSource dataSource;

    @Inject
    OutboxWriter outbox;

    @Transactional
    public CloudEvent record(UUID customerId, String name) {
        insertEntry(customerId);
        return outbox.publish(EventType.CUSTOMER_REGISTERED, customerId, "team-a",
                new CustomerRegistered(customerId, "team-a", name, null, null, "EXTERNAL", null, null, false, Instant.now()));
    }

    /** A tombstone for {@code key} on {@code topic}, as an erasure writes one for a shredded data key. */
    @Transactional
    public void tombstone(String topic, UUID key) {
        outbox.tombstone(topic, key.toString());
    }

    @Transactional
    public void recordThenFail(UUID customerId) {
        record(customerId, "never committed");
        throw new IllegalStateException("business rule failed after the event was written");
    }

    public int entriesFor(UUID customerId) throws SQLException {
        return Db.count(dataSource, "select count(*) from ledger_entry where customer_id = ?", customerId);
    }

    private void insertEntry(UUID customerId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into ledger_entry (id, customer_id) values (?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, customerId);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
