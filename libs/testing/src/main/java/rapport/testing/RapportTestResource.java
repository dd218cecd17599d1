package rapport.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a service under test its real servers: this JVM's fresh PostgreSQL database, the in-JVM
 * Kafka broker, and trust in the test JWT key. Declare it once per test module with
 * {@code @WithTestResource(value = RapportTestResource.class, scope = TestResourceScope.GLOBAL)}.
 * Both servers live until the JVM exits, so restarts of the application between test classes reuse them.
 */
public class RapportTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestPostgres.jdbcUrl(),
                "quarkus.datasource.username", TestPostgres.user(),
                "quarkus.datasource.password", TestPostgres.password(),
                "kafka.bootstrap.servers", TestKafka.bootstrapServers(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "mp.jwt.verify.publickey.location", TestTokens.PUBLIC_KEY,
                // the in-JVM broker logs through the application's log manager: keep its chatter out of test output
                "quarkus.log.category.\"kafka\".level", "WARN",
                "quarkus.log.category.\"state.change.logger\".level", "WARN",
                "quarkus.log.category.\"org.apache.kafka\".level", "WARN");
    }

    @Override
    public void stop() {
        // the database and the broker outlive one application start: they are released at JVM exit
    }
}
