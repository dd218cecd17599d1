package rapport.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import rapport.launcher.ServiceProcess;
import rapport.testing.FreePorts;
import rapport.testing.TestPostgres;
import rapport.testing.TestTokens;

/**
 * One packaged service of the fault tests' own: a fresh database, the broker the test gives (a private
 * {@link rapport.testing.ProxiedKafka}, so no other test's service is hurt), a consumer group of its own. Unlike the
 * shared services of {@code RunningSystem} it can be killed with SIGKILL and started again on the same database.
 */
final class KillableService implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final ServiceProcess service;
    private Process process;

    private KillableService(ServiceProcess service) {
        this.service = service;
    }

    static KillableService of(String name, String bootstrapServers) throws IOException {
        return of(name, bootstrapServers, TestPostgres.createDatabase(name + "-faults"), TestPostgres.user(),
                TestPostgres.password());
    }

    /** On a database the test gives, for instance on a PostgreSQL server of its own that it stops and starts. */
    static KillableService of(String name, String bootstrapServers, String jdbcUrl, String user, String password)
            throws IOException {
        Path root = Path.of(System.getProperty("rapport.root", "..")).toAbsolutePath().normalize();
        String run = Long.toString(System.nanoTime(), 36);
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", user);
        env.put("QUARKUS_DATASOURCE_PASSWORD", password);
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("RAPPORT_MESSAGING_CONSUMER_GROUP_ID", name + "-faults-" + run);
        env.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.publicKeyFile().toString());
        return new KillableService(new ServiceProcess(name, root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"),
                FreePorts.next(), env, root.resolve("system-tests/target/logs/faults-" + name + ".log")));
    }

    /**
     * Another instance of the same service, as a second pod would be: the same database, broker and consumer group,
     * a port and a log of its own. Not started.
     */
    KillableService secondInstance() throws IOException {
        Path log = service.logFile().resolveSibling(service.logFile().getFileName().toString()
                .replace(".log", "-2.log"));
        return new KillableService(new ServiceProcess(service.name(), service.jar(), FreePorts.next(), service.env(),
                log));
    }

    String jdbcUrl() {
        return service.env().get("QUARKUS_DATASOURCE_JDBC_URL");
    }

    /** Starts the process and waits until it is ready; returns how long that took. */
    Duration start() throws IOException {
        long started = System.nanoTime();
        process = service.start();
        assertThat(service.awaitHealthy(START_TIMEOUT))
                .as("%s ready within %s (log: %s)", service.name(), START_TIMEOUT, service.logFile()).isTrue();
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** SIGKILL: no shutdown hook, no last commit, no consumer leaving its group. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** {@code /q/health/ready}'s status code now (200 ready, 503 not), or -1 when the process does not answer. */
    int readiness() {
        try {
            return RestAssured.given().baseUri(service.baseUri().toString()).get("/q/health/ready").statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String name() {
        return service.name();
    }

    String consumerGroup() {
        return service.env().get("RAPPORT_MESSAGING_CONSUMER_GROUP_ID");
    }

    RequestSpecification as(TestTokens token) {
        return RestAssured.given().baseUri(service.baseUri().toString()).auth().oauth2(token.mint());
    }

    @Override
    public void close() {
        service.stop();
    }
}
