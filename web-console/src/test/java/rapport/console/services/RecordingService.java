package rapport.console.services;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP server that stands where the three services would, to see what the console's REST clients
 * send (path, query, bearer token) and how the console passes an answer on. It answers every call with {@link #ANSWER}: its
 * JSON, or for an evidence download a few bytes with kpi-service's headers, and refuses every write with
 * {@link #REFUSAL}. What the services do with a request is
 * their own tests' business; this checks only the console's side of the wire.
 */
public final class RecordingService implements QuarkusTestResourceLifecycleManager {

    public static final List<URI> REQUESTS = new CopyOnWriteArrayList<>();
    /** The Authorization header of every request. */
    public static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    public static final byte[] PDF = "%PDF-1.7 evidence".getBytes(StandardCharsets.US_ASCII);
    public static final String DISPOSITION = "attachment; filename=\"evidence-demo-2026-09-01-2026-12-01.pdf\"";
    /** An empty answer that reads as any of the lists, reports and packs the pages ask for. */
    private static final String ANSWER = """
            {"items": [], "page": 0, "size": 20, "totalItems": 0, "teamId": "demo", "from": "2026-09-01",
             "to": "2026-12-01", "kpis": [], "points": [], "series": [], "improvements": [], "comments": [],
             "assessmentCriteria": []}""";

    /** Every write is refused, naming a field of the improvement form and one of the feedback form. */
    public static final String REFUSAL = """
            {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
             "errors": [{"field": "targetKpi", "message": "unknown KPI 'fcx'"},
                        {"field": "answers.csat", "message": "must be less than or equal to 5"}]}""";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            REQUESTS.add(exchange.getRequestURI());
            if ("POST".equals(exchange.getRequestMethod())) {
                byte[] refusal = REFUSAL.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(400, refusal.length);
                exchange.getResponseBody().write(refusal);
                exchange.close();
                return;
            }
            AUTHORIZATIONS.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            boolean pdf = exchange.getRequestURI().getQuery() != null
                    && exchange.getRequestURI().getQuery().contains("format=pdf");
            byte[] body = pdf ? PDF : ANSWER.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", pdf ? "application/pdf" : "application/json");
            if (pdf) {
                exchange.getResponseHeaders().add("Content-Disposition", DISPOSITION);
            }
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("rapport.console.customer-service-url", url, "rapport.console.kpi-service-url", url,
                "rapport.console.feedback-service-url", url);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /** The last request whose path ends with {@code suffix}. */
    public static URI last(String suffix) {
        return REQUESTS.stream().filter(u -> u.getPath().endsWith(suffix)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no request to …" + suffix + " in " + REQUESTS));
    }
}
