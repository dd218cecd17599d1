package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloaderTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final byte[] artifact = "pretend this is Keycloak".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @BeforeEach
    void serve() throws Exception {
        String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(artifact));
        Map<String, byte[]> files = Map.of(
                "/good.zip", artifact, "/good.zip.sha1", (sha1 + "  good.zip\n").getBytes(StandardCharsets.US_ASCII),
                "/bad.zip", artifact, "/bad.zip.sha1", "0".repeat(40).getBytes(StandardCharsets.US_ASCII));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void downloadsVerifiesAndRenames() throws IOException {
        Path target = dir.resolve("downloads/good.zip");
        new Downloader(new PrintStream(progress, true)).fetch(uri("/good.zip"), target);
        assertThat(target).hasBinaryContent(artifact);
        assertThat(dir.resolve("downloads/good.zip.part")).doesNotExist();
        assertThat(progress.toString()).contains("Downloading").contains("100%");
    }

    @Test
    void keepsNothingWhenTheChecksumDiffers() {
        Path target = dir.resolve("bad.zip");
        assertThatThrownBy(() -> new Downloader(new PrintStream(progress)).fetch(uri("/bad.zip"), target))
                .isInstanceOf(IOException.class).hasMessageContaining("SHA-1 mismatch");
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("bad.zip.part")).doesNotExist();
    }

    @Test
    void failsOnMissingArtifacts() {
        assertThatThrownBy(() -> new Downloader(new PrintStream(progress)).fetch(uri("/none.zip"), dir.resolve("n")))
                .isInstanceOf(IOException.class).hasMessageContaining("404");
    }

    @Test
    void aFileInPlaceIsNotFetchedAgain() throws IOException {
        Path target = Files.writeString(dir.resolve("good.zip"), "already here");
        new Downloader(new PrintStream(progress)).fetch(uri("/none.zip"), target);
        assertThat(target).hasContent("already here");
    }
}
