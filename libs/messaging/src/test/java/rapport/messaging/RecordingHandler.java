package rapport.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.messaging.inbox.EventHandler;
import rapport.messaging.inbox.UnprocessableEventException;

/**
 * Applies an event by writing a row. Display names drive failures: "poison" is rejected as
 * unprocessable, "always fails" throws an ordinary exception on every attempt, "fails until fixed" does so
 * until a test sets {@link #fixed}. It does not handle
 * customer.erased events, so they show what happens to a type a service skips.
 */
@ApplicationScoped
public class RecordingHandler implements EventHandler {

    /** Whether the bug behind "fails until fixed" has been fixed. */
    static volatile boolean fixed;

    @Inject
    DataSource dataSource;

    @Override
    public Set<EventType> handledTypes() {
        return EnumSet.complementOf(EnumSet.of(EventType.CUSTOMER_ERASED));
    }

    @Override
    public void handle(CloudEvent event) {
        String name = event.data().path("displayName").asText();
        if (name.equals("poison")) {
            throw new UnprocessableEventException("poison payload");
        }
        if (name.equals("always fails") || name.equals("fails until fixed") && !fixed) {
            throw new IllegalArgumentException("a bug in the handler");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into applied_event (event_id, customer_id, display_name) values (?, ?, ?)")) {
            insert.setObject(1, event.id());
            insert.setObject(2, UUID.fromString(event.subject()));
            insert.setString(3, name);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
