package rapport.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Stands in for a packaged Quarkus service in {@link ServiceProcessTest}: listens on QUARKUS_HTTP_PORT, answers
 * /q/health/ready with 503 for FAKE_READY_AFTER_MS, then 200; FAKE_MODE=fail exits at once with code 3.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        if ("fail".equals(System.getenv("FAKE_MODE"))) {
            System.out.println("fake service failing on purpose");
            System.exit(3);
        }
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        long readyAt = System.currentTimeMillis()
                + Long.parseLong(System.getenv().getOrDefault("FAKE_READY_AFTER_MS", "0"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/q/health/ready", exchange ->
                respond(exchange, System.currentTimeMillis() >= readyAt ? 200 : 503, "{}"));
        server.createContext("/env", exchange -> respond(exchange, 200,
                System.getenv("QUARKUS_DATASOURCE_JDBC_URL") + " " + Path.of("").toAbsolutePath()));
        server.start();
        System.out.println("fake service listening on " + port);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
