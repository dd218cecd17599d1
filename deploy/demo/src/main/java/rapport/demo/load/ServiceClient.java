package rapport.demo.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import rapport.demo.DemoException;

/**
 * JSON over HTTP to one service. Transient failures (no connection free, 503 {@code overloaded}, a dropped
 * connection) are retried with the same Idempotency-Key, which makes the retry safe; any other answer the caller did
 * not expect becomes a {@link DemoException} naming the request and the problem, never the body it sent (which
 * holds customers' personal data).
 */
final class ServiceClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 5;

    private final String name;
    private final URI base;
    private final HttpClient http;

    ServiceClient(String name, URI base, HttpClient http) {
        this.name = name;
        this.base = base;
        this.http = http;
    }

    String name() {
        return name;
    }

    URI base() {
        return base;
    }

    /** A GET that must answer 200. */
    JsonNode get(String path, String token) {
        Reply reply = send("GET", path, token, null, null, Set.of());
        return reply.body();
    }

    /** A POST that must answer 2xx or one of the {@code accepted} problem slugs (e.g. "step-already-recorded"). */
    Reply post(String path, String token, Object body, String idempotencyKey, Set<String> accepted) {
        return send("POST", path, token, body, idempotencyKey, accepted);
    }

    /** Whether {@code /q/health/ready} answers 200; a one-line {@link DemoException} if nothing answers. */
    boolean ready() {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(Duration.ofSeconds(10))
                .GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (ConnectException e) {
            throw notRunning();
        } catch (IOException e) {
            throw new DemoException(name + " at " + base + " did not answer its health check (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted", e);
        }
    }

    /** A form POST to a page (the customer's survey page); answers the status and the Retry-After seconds, if any. */
    HttpResponse<Void> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (ConnectException e) {
            throw notRunning();
        } catch (IOException e) {
            throw new DemoException("POST " + path + " on " + name + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted", e);
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Reply send(String method, String path, String token, Object body, String key, Set<String> accepted) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (key != null) {
            builder.header("Idempotency-Key", key);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(write(body)));
        }
        HttpRequest request = builder.build();
        for (int attempt = 1;; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                throw notRunning();
            } catch (IOException e) {
                if (attempt < ATTEMPTS && (key != null || body == null)) {
                    pause(attempt, 0);
                    continue;
                }
                throw new DemoException(method + " " + path + " on " + name + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException("interrupted", e);
            }
            Reply reply = new Reply(response.statusCode(), parse(response.body()));
            if (reply.status() == 503 && attempt < ATTEMPTS) {
                pause(attempt, response.headers().firstValueAsLong("Retry-After").orElse(0));
                continue;
            }
            if (reply.ok() || accepted.contains(reply.problem())) {
                return reply;
            }
            throw refused(method, path, reply);
        }
    }

    private DemoException refused(String method, String path, Reply reply) {
        if (reply.status() == 401 || reply.status() == 403) {
            return new DemoException(name + " refused the token for " + method + " " + path + " (" + reply.status()
                    + " " + reply.problem() + "): does it trust this Keycloak's issuer, and is the team right?");
        }
        String detail = reply.text("detail");
        return new DemoException(method + " " + path + " on " + name + " answered " + reply.status()
                + (reply.problem().isEmpty() ? "" : " " + reply.problem()) + (detail == null ? "" : ": " + detail));
    }

    private DemoException notRunning() {
        return new DemoException(name + " does not answer at " + base + ": start the stack with ./rapport up");
    }

    private static void pause(int attempt, long retryAfterSeconds) {
        LoadContext.pause(Math.max(retryAfterSeconds * 1000, 200L << attempt));
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.nullNode();
        }
    }
}
