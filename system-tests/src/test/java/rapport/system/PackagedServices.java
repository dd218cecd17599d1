package rapport.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import rapport.launcher.ServiceProcess;
import rapport.testing.FreePorts;
import rapport.testing.TestKafka;
import rapport.testing.TestPostgres;

/**
 * Packaged Quarkus applications of this repository ({@code MODULE/target/quarkus-app/quarkus-run.jar}) as child
 * processes on free ports, logging to {@code system-tests/target/logs}: the services each with a fresh database of
 * their own and this JVM's Kafka broker.
 */
public final class PackagedServices {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240); // a loaded 2-core machine has taken 2 minutes
    private static final Map<String, String> DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

    private PackagedServices() {
    }

    public static Path root() {
        return Path.of(System.getProperty("rapport.root", "..")).toAbsolutePath().normalize();
    }

    public static Path logs() {
        return root().resolve("system-tests/target/logs");
    }

    /** A service that owns data: a fresh database and the test broker, besides {@code own}. */
    public static ServiceProcess service(String name, Map<String, String> own) {
        return service(name, FreePorts.next(), own);
    }

    public static ServiceProcess service(String name, int port, Map<String, String> own) {
        Map<String, String> env = new HashMap<>(own);
        String database = TestPostgres.createDatabase(name);
        DATABASES.put(name, database);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database);
        env.put("QUARKUS_DATASOURCE_USERNAME", TestPostgres.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", TestPostgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers());
        return application(name, port, env);
    }

    /** The JDBC URL of the database last made for service {@code name}. */
    public static String database(String name) {
        String url = DATABASES.get(name);
        if (url == null) {
            throw new IllegalStateException("no database was made for " + name);
        }
        return url;
    }

    /** A packaged application of module {@code name} with exactly {@code env} added to this JVM's environment. */
    public static ServiceProcess application(String name, int port, Map<String, String> env) {
        return new ServiceProcess(name, root().resolve(name).resolve("target/quarkus-app/quarkus-run.jar"), port, env,
                logs().resolve(name + ".log"));
    }

    /** Starts them all, then waits for every one to be healthy (in parallel). */
    public static void startAll(List<ServiceProcess> all) throws IOException {
        for (ServiceProcess service : all) {
            service.start();
        }
        List<CompletableFuture<Boolean>> healthy = new ArrayList<>();
        for (ServiceProcess service : all) {
            healthy.add(CompletableFuture.supplyAsync(() -> service.awaitHealthy(START_TIMEOUT)));
        }
        for (int i = 0; i < all.size(); i++) {
            assertThat(healthy.get(i).join())
                    .as("%s healthy within %s (log: %s)", all.get(i).name(), START_TIMEOUT, all.get(i).logFile())
                    .isTrue();
        }
    }

    /** Stops those that were made (nulls are skipped), in the order given. */
    public static void stopAll(ServiceProcess... services) {
        for (ServiceProcess service : services) {
            if (service != null) {
                service.stop();
            }
        }
    }
}
