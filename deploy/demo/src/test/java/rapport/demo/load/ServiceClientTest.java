package rapport.demo.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import rapport.demo.DemoException;

/** The client's handling of what a service answers; the services themselves are in system-tests. */
class ServiceClientTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        http.close();
    }

    @Test
    void aServiceThatIsNotRunningIsOneLineSayingToStartTheStack() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ServiceClient client = new ServiceClient("customer-service", URI.create("http://127.0.0.1:" + port), http);
        assertThatThrownBy(client::ready).isInstanceOf(DemoException.class)
                .hasMessage("customer-service does not answer at http://127.0.0.1:" + port
                        + ": start the stack with ./rapport up");
    }

    @Test
    void anOverloadedServiceIsAskedAgainWithTheSameIdempotencyKey() throws IOException {
        List<String> keys = new CopyOnWriteArrayList<>();
        ServiceClient client = serve(key -> {
            keys.add(key);
            return keys.size() == 1 ? 503 : 201;
        });
        Reply reply = client.post("/api/teams/t/customers", "token", Map.of("displayName", "x"), "key-1", Set.of());
        assertThat(reply.status()).isEqualTo(201);
        assertThat(keys).containsExactly("key-1", "key-1");
    }

    @Test
    void anAnswerTheCallerDidNotExpectNamesTheRequestAndTheProblemButNotTheBody() throws IOException {
        ServiceClient client = serve(key -> 422);
        assertThatThrownBy(() -> client.post("/api/teams/t/follow-ups", "token", Map.of("promise", "Ring Ada"), "k",
                Set.of("already-completed")))
                .isInstanceOf(DemoException.class)
                .hasMessageContaining("POST /api/teams/t/follow-ups on test-service answered 422 time-in-future")
                .hasMessageNotContaining("Ring Ada");
    }

    @Test
    void anAcceptedProblemIsAnAnswerNotAFailure() throws IOException {
        ServiceClient client = serve(key -> 422);
        Reply reply = client.post("/x", "token", Map.of(), "k", Set.of("time-in-future"));
        assertThat(reply.problem()).isEqualTo("time-in-future");
    }

    private interface Answer {
        int status(String idempotencyKey);
    }

    private ServiceClient serve(Answer answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int status = answer.status(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            byte[] body = (status / 100 == 2 ? "{\"id\": \"1\"}"
                    : "{\"type\": \"https://rapport.dev/problems/" + (status == 503 ? "overloaded" : "time-in-future")
                            + "\", \"status\": " + status + ", \"detail\": \"must not be in the future\"}")
                    .getBytes(StandardCharsets.UTF_8);
            if (status == 503) {
                exchange.getResponseHeaders().add("Retry-After", "0");
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return new ServiceClient("test-service", URI.create("http://127.0.0.1:" + server.getAddress().getPort()), http);
    }
}
