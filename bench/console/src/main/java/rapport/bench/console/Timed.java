package rapport.bench.console;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One request timed from sending it to the last byte of its body; anything but a 200 without a redirect fails. */
final class Timed {

    private Timed() {
    }

    static long micros(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - start) / 1000;
        if (response.statusCode() != 200 || !response.uri().equals(request.uri())) {
            String body = response.body();
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + " from "
                    + response.uri() + ": " + body.substring(0, Math.min(300, body.length())));
        }
        return micros;
    }
}
