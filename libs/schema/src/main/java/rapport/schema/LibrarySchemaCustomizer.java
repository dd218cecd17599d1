package rapport.schema;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Hooks the library schemas the service's libraries ask for into the service's Flyway, so they are
 * migrated, each with its own history, whenever the service's migrations run.
 */
@Singleton
public class LibrarySchemaCustomizer implements FlywayConfigurationCustomizer {

    @Inject
    @Any
    Instance<LibrarySchemaProvider> providers;

    @Override
    public void customize(FluentConfiguration configuration) {
        List<LibrarySchema> schemas = new ArrayList<>();
        providers.forEach(provider -> schemas.addAll(provider.schemas()));
        if (!schemas.isEmpty()) {
            configuration.callbacks(Stream.concat(Stream.of(configuration.getCallbacks()),
                    Stream.of(new LibrarySchemaCallback(schemas))).toArray(Callback[]::new));
        }
    }
}
