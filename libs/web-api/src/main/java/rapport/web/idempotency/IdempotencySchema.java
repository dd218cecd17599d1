package rapport.web.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import rapport.schema.LibrarySchema;
import rapport.schema.LibrarySchemaProvider;

/** The {@code idempotency_request} table, for every service with an HTTP API. */
@ApplicationScoped
public class IdempotencySchema implements LibrarySchemaProvider {

    private static final LibrarySchema IDEMPOTENCY = new LibrarySchema("idempotency", "db/idempotency", Map.of());

    @Override
    public List<LibrarySchema> schemas() {
        return List.of(IDEMPOTENCY);
    }
}
