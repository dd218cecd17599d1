package rapport.bench.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The services' APIs asked directly, as the console asks them, with the same user's access token from Keycloak's
 * password grant (client {@code rapport-cli}, as {@code ./rapport token} gets one); the token is renewed every few
 * minutes so that a long run outlives its lifetime.
 */
final class ServiceApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RENEW_AFTER = Duration.ofMinutes(5);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Options options;
    private String token;
    private long tokenAt;

    ServiceApi(Options options) {
        this.options = options;
    }

    long micros(URI uri) throws IOException, InterruptedException {
        return Timed.micros(client, request(uri));
    }

    /** All of {@code uris} sent at once, timed until the last has answered; anything but 200 fails. */
    long microsAtOnce(List<URI> uris) throws IOException, InterruptedException {
        List<HttpRequest> requests = new ArrayList<>();
        for (URI uri : uris) {
            requests.add(request(uri));
        }
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> answers = requests.stream()
                .map(r -> client.sendAsync(r, HttpResponse.BodyHandlers.ofString())).toList();
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        long micros = (System.nanoTime() - start) / 1000;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            if (answer.join().statusCode() != 200) {
                throw new IllegalStateException(answer.join().uri() + " answered " + answer.join().statusCode());
            }
        }
        return micros;
    }

    JsonNode json(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(request(uri), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private HttpRequest request(URI uri) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token()).GET().build();
    }

    String token() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - tokenAt > RENEW_AFTER.toNanos()) {
            HttpResponse<String> answer = client.send(FormBody.post(URI.create(options.issuer()
                    + "/protocol/openid-connect/token"), "grant_type", "password", "client_id", "rapport-cli",
                    "username", options.user(), "password", options.password()), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + options.user() + ": "
                        + answer.statusCode() + " " + answer.body());
            }
            token = JSON.readTree(answer.body()).path("access_token").asText();
            tokenAt = System.nanoTime();
        }
        return token;
    }
}
