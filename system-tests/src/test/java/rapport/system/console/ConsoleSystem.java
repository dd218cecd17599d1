package rapport.system.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import rapport.demo.DemoSettings;
import rapport.demo.load.Loader;
import rapport.demo.plan.PlacementPlanner;
import rapport.launcher.Keycloak;
import rapport.launcher.ServiceProcess;
import rapport.system.PackagedServices;
import rapport.testing.FreePorts;

/**
 * The whole system as a person meets it after {@code ./rapport up} and {@code ./rapport demo}: the real Keycloak with
 * the realm of deploy/keycloak (the console's redirect URIs moved to the console's free port), the three packaged
 * services trusting that Keycloak, the packaged web console, and the demo placement loaded into team {@code demo}
 * through the APIs. Started once for the test classes that declare {@code @ExtendWith(ConsoleSystem.class)}.
 *
 * <p>The placement is loaded a second time into {@link #PICTURES_TEAM}, which only {@link ConsolePagesTest} reads and
 * nothing writes to: its pictures (README.md) show the demo placement alone, whatever the other tests have added to
 * team {@code demo} before it ran. Its user, {@link #PICTURES_USER}, is demo-agent's twin in that team.
 */
public final class ConsoleSystem implements BeforeAllCallback {

    static final String TEAM = DemoSettings.DEFAULT_TEAM;
    /** The demo placement again, for the pictures only (the team is named after the placement's garage). */
    static final String PICTURES_TEAM = "hartley-road";
    static final String PICTURES_USER = "demo-agent-pictures";
    /** The realm's demo users' password (deploy/keycloak/rapport-realm.json). */
    static final String PASSWORD = "demo";
    private static final String CONSOLE_AS_EXPORTED = "http://127.0.0.1:8080";
    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofSeconds(240);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Keycloak keycloak;
    private static Process keycloakProcess;
    private static ServiceProcess customers;
    private static ServiceProcess feedback;
    private static ServiceProcess kpis;
    private static ServiceProcess console;

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.requireInstalled(); // before minutes of starting a system no test could use
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ConsoleSystem.class, key -> {
                    try {
                        start();
                    } catch (Exception | AssertionError e) {
                        stop();
                        throw new IllegalStateException("the console's system did not start", e);
                    }
                    return (ExtensionContext.Store.CloseableResource) ConsoleSystem::stop;
                });
    }

    private static void start() throws Exception {
        int consolePort = FreePorts.next();
        String consoleBase = "http://127.0.0.1:" + consolePort;
        keycloak = Keycloak.forTests(FreePorts.next(), realmFor(consoleBase), System.out);
        keycloak.prepare();
        keycloakProcess = keycloak.start(PackagedServices.logs().resolve("keycloak.log"));
        Map<String, String> trust = Map.of("RAPPORT_OIDC_ISSUER", keycloak.issuer());
        customers = PackagedServices.service("customer-service", trust);
        feedback = PackagedServices.service("feedback-service", trust);
        kpis = PackagedServices.service("kpi-service", trust);
        console = PackagedServices.application("web-console", consolePort, Map.of(
                "RAPPORT_OIDC_ISSUER", keycloak.issuer(),
                "RAPPORT_CONSOLE_CUSTOMER_SERVICE_URL", customers.baseUri().toString(),
                "RAPPORT_CONSOLE_FEEDBACK_SERVICE_URL", feedback.baseUri().toString(),
                "RAPPORT_CONSOLE_KPI_SERVICE_URL", kpis.baseUri().toString()));
        PackagedServices.startAll(List.of(customers, feedback, kpis)); // meanwhile Keycloak starts
        awaitKeycloak();
        PackagedServices.startAll(List.of(console)); // it reads Keycloak's discovery document when it starts
        loadDemoPlacement(TEAM);
        loadDemoPlacement(PICTURES_TEAM);
    }

    /**
     * The realm export with the console's redirect and post-logout URIs on the console's port, the learners members of
     * {@link #PICTURES_TEAM} too (they load the placement there) and {@link #PICTURES_USER} added: demo-agent's name,
     * role and password in that team alone.
     */
    private static Path realmFor(String consoleBase) throws IOException {
        Path exported = PackagedServices.root().resolve("deploy/keycloak/rapport-realm.json");
        String text = Files.readString(exported, StandardCharsets.UTF_8);
        assertThat(text).as("the console's URIs in %s", exported).contains(CONSOLE_AS_EXPORTED + "/*");
        ObjectNode realm = (ObjectNode) JSON.readTree(text.replace(CONSOLE_AS_EXPORTED, consoleBase));
        ArrayNode users = (ArrayNode) realm.get("users");
        ObjectNode twin = null;
        for (JsonNode user : users) {
            String name = user.path("username").asText();
            if (PlacementPlanner.learners().contains(name)) {
                ((ArrayNode) user.path("attributes").path("teams")).add(PICTURES_TEAM);
            } else if (name.equals("demo-agent")) {
                twin = ((ObjectNode) user).deepCopy();
            }
        }
        assertThat(twin).as("demo-agent in %s", exported).isNotNull();
        twin.put("username", PICTURES_USER).put("email", PICTURES_USER + "@example.org");
        twin.putObject("attributes").putArray("teams").add(PICTURES_TEAM);
        users.add(twin);
        Path copy = PackagedServices.root().resolve("system-tests/target/keycloak/rapport-realm.json");
        Files.createDirectories(copy.getParent());
        return Files.writeString(copy, JSON.writeValueAsString(realm), StandardCharsets.UTF_8);
    }

    private static void awaitKeycloak() {
        await("Keycloak ready (log: system-tests/target/logs/keycloak.log)").atMost(KEYCLOAK_TIMEOUT)
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    if (!keycloakProcess.isAlive()) {
                        throw new IllegalStateException("Keycloak exited: see system-tests/target/logs/keycloak.log");
                    }
                    return keycloak.isReady();
                });
    }

    /** {@code ./rapport demo}'s load into {@code team}, as the placement's learners signed in to Keycloak. */
    private static void loadDemoPlacement(String team) {
        DemoSettings settings = new DemoSettings(team, DemoSettings.DEFAULT_SEED, customers.baseUri(),
                feedback.baseUri(), kpis.baseUri());
        Loader.Result loaded = new Loader(settings, ConsoleSystem::token, new PrintStream(System.out, true), false,
                Clock.systemUTC()).load();
        assertThat(loaded.kpisCaughtUp()).as("kpi-service consumed the demo placement in team %s", team).isTrue();
    }

    private static void stop() {
        PackagedServices.stopAll(console, kpis, feedback, customers);
        if (keycloakProcess != null && keycloakProcess.isAlive()) {
            try {
                keycloak.stop(keycloakProcess.toHandle(), Duration.ofSeconds(20));
            } catch (IOException e) {
                throw new IllegalStateException("Keycloak did not stop", e);
            }
        }
    }

    /** An access token of a user of the realm, from Keycloak's password grant (client rapport-cli). */
    static String token(String username) {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "rapport-cli")
                .formParam("username", username).formParam("password", PASSWORD)
                .post(keycloak.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    static URI console() {
        return console.baseUri();
    }

    /** A page of the console, e.g. {@code page("/teams/demo/cases")}. */
    static URI page(String path) {
        return console.baseUri().resolve(path);
    }

    static String keycloakBase() {
        return URI.create(keycloak.issuer()).resolve("/").toString();
    }

    static RequestSpecification customerService(String token) {
        return RestAssured.given().baseUri(customers.baseUri().toString()).auth().oauth2(token);
    }

    static RequestSpecification kpiService(String token) {
        return RestAssured.given().baseUri(kpis.baseUri().toString()).auth().oauth2(token);
    }
}
