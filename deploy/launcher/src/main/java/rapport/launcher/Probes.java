package rapport.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Readiness probes: a TCP connect, an HTTP GET's status. Never throw: "not ready" is a normal answer. */
final class Probes {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Probes() {
    }

    static boolean tcpOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code host:port}, e.g. a Kafka bootstrap server list's first entry. */
    static boolean tcpOpen(String hostAndPort) {
        String first = hostAndPort.split(",")[0].strip();
        int colon = first.lastIndexOf(':');
        if (colon < 0) {
            return false;
        }
        return tcpOpen(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)));
    }

    /** The status code of a GET, or -1 when nothing answered. */
    static int httpStatus(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static boolean httpOk(URI uri) {
        return httpStatus(uri) == 200;
    }
}
