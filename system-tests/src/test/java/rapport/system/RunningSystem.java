package rapport.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import rapport.launcher.ServiceProcess;
import rapport.testing.TestKafka;
import rapport.testing.TestPostgres;
import rapport.testing.TestTokens;

/**
 * The three packaged services running as separate processes on free ports, each with a fresh
 * database of its own, all on this JVM's Kafka broker and trusting the test token key. Started
 * once per test class ({@code @ExtendWith(RunningSystem.class)}), stopped after it.
 */
public final class RunningSystem implements BeforeAllCallback, AfterAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static ServiceProcess customers;
    private static ServiceProcess feedback;
    private static ServiceProcess kpis;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path root = Path.of(System.getProperty("rapport.root", "..")).toAbsolutePath().normalize();
        Path logs = root.resolve("system-tests/target/logs");
        String publicKey = TestTokens.publicKeyFile().toString();
        customers = service(root, logs, "customer-service", publicKey);
        feedback = service(root, logs, "feedback-service", publicKey);
        kpis = service(root, logs, "kpi-service", publicKey);
        List<ServiceProcess> all = List.of(customers, feedback, kpis);
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

    @Override
    public void afterAll(ExtensionContext context) {
        for (ServiceProcess service : new ServiceProcess[] { kpis, feedback, customers }) {
            if (service != null) {
                service.stop();
            }
        }
    }

    public static RequestSpecification customerService(String token) {
        return on(customers, token);
    }

    public static RequestSpecification feedbackService(String token) {
        return on(feedback, token);
    }

    public static RequestSpecification kpiService(String token) {
        return on(kpis, token);
    }

    private static RequestSpecification on(ServiceProcess service, String token) {
        return RestAssured.given().baseUri(service.baseUri().toString()).auth().oauth2(token);
    }

    private static ServiceProcess service(Path root, Path logs, String name, String publicKey) throws IOException {
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", TestPostgres.createDatabase(name),
                "QUARKUS_DATASOURCE_USERNAME", TestPostgres.user(),
                "QUARKUS_DATASOURCE_PASSWORD", TestPostgres.password(),
                "KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers(),
                "MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey,
                "QUARKUS_MAILER_MOCK", "true");
        return new ServiceProcess(name, root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"), freePort(), env,
                logs.resolve(name + ".log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
