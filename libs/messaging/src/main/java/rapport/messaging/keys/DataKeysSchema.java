package rapport.messaging.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import rapport.messaging.MessagingConfig;
import rapport.schema.LibrarySchema;
import rapport.schema.LibrarySchemaProvider;

/** The {@code data_key} table, for a service that holds data keys ({@code rapport.messaging.data-keys.enabled}). */
@ApplicationScoped
public class DataKeysSchema implements LibrarySchemaProvider {

    static final LibrarySchema DATA_KEYS = new LibrarySchema("data_keys", "db/data-keys", Map.of());

    @Inject
    MessagingConfig config;

    @Override
    public List<LibrarySchema> schemas() {
        return config.dataKeys().enabled() ? List.of(DATA_KEYS) : List.of();
    }
}
