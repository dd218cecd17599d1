package rapport.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rapport.schema.LibrarySchema;
import rapport.schema.LibrarySchemaProvider;

/** The outbox table for a service that publishes, the processed-event table for one that consumes. */
@ApplicationScoped
public class MessagingSchemas implements LibrarySchemaProvider {

    static final LibrarySchema OUTBOX = new LibrarySchema("outbox", "db/outbox", Map.of("V0_1__outbox.sql", "1"));
    static final LibrarySchema INBOX = new LibrarySchema("inbox", "db/inbox",
            Map.of("V0_2__processed_event.sql", "1"));

    @Inject
    MessagingConfig config;

    @Override
    public List<LibrarySchema> schemas() {
        List<LibrarySchema> schemas = new ArrayList<>();
        if (config.outbox().enabled()) {
            schemas.add(OUTBOX);
        }
        if (config.consumer().topics().isPresent()) {
            schemas.add(INBOX);
        }
        return schemas;
    }
}
