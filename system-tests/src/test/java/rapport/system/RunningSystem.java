package rapport.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import rapport.launcher.ServiceProcess;
import rapport.testing.FreePorts;
import rapport.testing.TestTokens;

/**
 * The three packaged services running as separate processes on free ports, each with a fresh
 * database of its own, all on this JVM's Kafka broker and trusting the test token key, and an
 * SMTP server for feedback-service's invitations. Started by the first test class that declares
 * {@code @ExtendWith(RunningSystem.class)} and shared by the others; stopped after the last one.
 */
public final class RunningSystem implements BeforeAllCallback {

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
        String publicKey = TestTokens.publicKeyFile().toString();
        // the data keys' topic compacts a shredded key's old value within seconds here, not the hour of production
        // (docs/erasure.md), so that ErasureReachesTheLogEndToEndTest can see it go
        Map<String, String> trust = Map.of("MP_JWT_VERIFY_ISSUER", TestTokens.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey,
                "RAPPORT_MESSAGING_DATA_KEYS_MAX_COMPACTION_LAG", "PT2S",
                "RAPPORT_MESSAGING_DATA_KEYS_TOMBSTONE_RETENTION", "PT10M");
        mail = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        int feedbackPort = FreePorts.next();
        int kpiPort = FreePorts.next();
        Map<String, String> customerEnv = new HashMap<>(trust);
        customerEnv.putAll(Map.of( // where its subject-access export links to
                "RAPPORT_CUSTOMER_FEEDBACK_SERVICE_URL", "http://127.0.0.1:" + feedbackPort,
                "RAPPORT_CUSTOMER_KPI_SERVICE_URL", "http://127.0.0.1:" + kpiPort));
        customers = PackagedServices.service("customer-service", customerEnv);
        Map<String, String> feedbackEnv = new HashMap<>(trust);
        feedbackEnv.putAll(Map.of(
                "RAPPORT_FEEDBACK_INVITATIONS_MAIL_ENABLED", "true",
                "RAPPORT_FEEDBACK_INVITATIONS_PUBLIC_BASE_URL", "http://127.0.0.1:" + feedbackPort,
                "QUARKUS_MAILER_MOCK", "false",
                "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", Integer.toString(mail.getSmtp().getPort()),
                "QUARKUS_MAILER_FROM", "Rapport surveys <surveys@rapport.invalid>"));
        feedback = PackagedServices.service("feedback-service", feedbackPort, feedbackEnv);
        kpis = PackagedServices.service("kpi-service", kpiPort, trust);
        PackagedServices.startAll(List.of(customers, feedback, kpis));
    }

    private static void stop() {
        PackagedServices.stopAll(kpis, feedback, customers);
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

    /** The JDBC URL of a service's database ({@code customer-service}, {@code feedback-service}, {@code kpi-service}). */
    public static String database(String service) {
        return PackagedServices.database(service);
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
}
