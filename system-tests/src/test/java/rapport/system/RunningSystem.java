package rapport.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import rapport.launcher.ServiceProcess;
import rapport.testing.TestKafka;
import rapport.testing.TestPostgres;
import rapport.testing.TestTokens;

/**
 * The three packaged services running as separate processes on free ports, each with a fresh
 * database of its own, all on this JVM's Kafka broker and trusting the test token key, and an
 * SMTP server for feedback-service's invitations. Started by the first test class that declares
 * {@code @ExtendWith(RunningSystem.class)} and shared by the others; stopped after the last one.
 */
public final class RunningSystem implements BeforeAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static ServiceProcess customers;
    private static ServiceProcess feedback;
    private static ServiceProcess kpis;
    private static GreenMail mail;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningSystem.class, key -> {
                    try {
                        start();
                    } catch (Exception | AssertionError e) {
                        // the store closes only what it was given: stop what did start, or it outlives the test run
                        stop();
                        throw new IllegalStateException("the system did not start", e);
                    }
                    return (ExtensionContext.Store.CloseableResource) RunningSystem::stop;
                });
    }

    private static void start() throws Exception {
        Path root = Path.of(System.getProperty("rapport.root", "..")).toAbsolutePath().normalize();
        Path logs = root.resolve("system-tests/target/logs");
        String publicKey = TestTokens.publicKeyFile().toString();
        mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        int feedbackPort = freePort();
        customers = service(root, logs, "customer-service", freePort(), publicKey, Map.of());
        feedback = service(root, logs, "feedback-service", feedbackPort, publicKey, Map.of(
                "RAPPORT_FEEDBACK_INVITATIONS_MAIL_ENABLED", "true",
                "RAPPORT_FEEDBACK_INVITATIONS_PUBLIC_BASE_URL", "http://127.0.0.1:" + feedbackPort,
                "QUARKUS_MAILER_MOCK", "false",
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", Integer.toString(mail.getSmtp().getPort()),
                "QUARKUS_MAILER_FROM", "Rapport surveys <surveys@rapport.invalid>"));
        kpis = service(root, logs, "kpi-service", freePort(), publicKey, Map.of());
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

    private static void stop() {
        for (ServiceProcess service : new ServiceProcess[] { kpis, feedback, customers }) {
            if (service != null) {
                service.stop();
            }
        }
        if (mail != null) {
            mail.stop();
        }
    }

    /** The SMTP server feedback-service sends invitations to. */
    public static GreenMail mail() {
        return mail;
    }

    /** Where the three services answer, for a client of their own (the demo placement's loader). */
    public static java.net.URI customerServiceUri() {
        return customers.baseUri();
    }

    public static java.net.URI feedbackServiceUri() {
        return feedback.baseUri();
    }

    public static java.net.URI kpiServiceUri() {
        return kpis.baseUri();
    }

    /** The three services' log files (what each process has written to its standard output so far). */
    public static List<Path> logFiles() {
        return List.of(customers.logFile(), feedback.logFile(), kpis.logFile());
    }

    /** A page of feedback-service without a token (the customer's survey page). */
    public static RequestSpecification feedbackPage() {
        return RestAssured.given().baseUri(feedback.baseUri().toString());
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

    private static ServiceProcess service(Path root, Path logs, String name, int port, String publicKey,
            Map<String, String> own) {
        Map<String, String> env = new HashMap<>(own);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", TestPostgres.createDatabase(name));
        env.put("QUARKUS_DATASOURCE_USERNAME", TestPostgres.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", TestPostgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey);
        return new ServiceProcess(name, root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar"), port, env,
                logs.resolve(name + ".log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
