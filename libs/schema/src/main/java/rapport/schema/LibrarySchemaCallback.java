package rapport.schema;

import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A callback on the service's Flyway that migrates the library schemas first. Validation comes before
 * migration in a migrate: a service history still holding a library's old rows is cleaned before it.
 */
public record LibrarySchemaCallback(List<LibrarySchema> schemas) implements Callback {

    public LibrarySchemaCallback {
        schemas = List.copyOf(schemas);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    /**
     * Before validating, only a service history that exists can hold old rows; a fresh database gets the
     * library tables just before the service's first migration (Flyway refuses to start a history in a
     * schema that already has tables).
     */
    @Override
    public void handle(Event event, Context context) {
        if (event == Event.BEFORE_VALIDATE && !LibrarySchemas.serviceHistoryExists(context.getConfiguration())) {
            return;
        }
        LibrarySchemas.migrate(context.getConfiguration(), schemas);
    }

    @Override
    public String getCallbackName() {
        return "rapport library schemas";
    }
}
