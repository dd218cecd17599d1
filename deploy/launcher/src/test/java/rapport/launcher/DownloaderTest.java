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
                "/bad.zip", artifact, "/bad.zip.sha1", "0".repeat(40).getBytes(StandardCharsets.US_ASCII),
                "/refused.zip.sha1", (sha1 + "\n").getBytes(StandardCharsets.US_ASCII));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = files.get(path);
            int status = body != null ? 200 : path.startsWith("/refused") ? 403 : 404;
            exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
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
                .isInstanceOf(LauncherException.class).hasMessageContaining("is damaged (SHA-1 mismatch")
                .hasMessageContaining("Run ./rapport up again");
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("bad.zip.part")).doesNotExist();
    }

    @Test
    void failsOnMissingArtifacts() {
        assertThatThrownBy(() -> new Downloader(new PrintStream(progress)).fetch(uri("/none.zip"), dir.resolve("n")))
                .isInstanceOf(LauncherException.class).hasMessageContaining("HTTP 404 (not found)");
    }

    @Test
    void aRefusedDownloadSaysWhatToDoAndLeavesNoFile() {
        Path target = dir.resolve("refused.zip");
        assertThatThrownBy(() -> new Downloader(new PrintStream(progress)).fetch(uri("/refused.zip"), target))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("cannot download " + uri("/refused.zip") + ": the server answered HTTP 403 "
                        + "(refused)")
                .hasMessageContaining("RAPPORT_MAVEN_REPO").hasMessageNotContaining("\n");
        assertThat(target).doesNotExist();
        assertThat(dir.resolve("refused.zip.part")).doesNotExist();
    }

    @Test
    void anUnreachableServerSaysWhatToDo() {
        URI nowhere = URI.create("http://127.0.0.1:" + Ports.free() + "/x.zip");
        assertThatThrownBy(() -> new Downloader(new PrintStream(progress)).fetch(nowhere, dir.resolve("x.zip")))
                .isInstanceOf(LauncherException.class).hasMessageContaining("cannot download " + nowhere + ".sha1: "
                        + "no connection").hasMessageContaining("network, proxy");
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }

    @Test
    void aFileInPlaceIsNotFetchedAgain() throws IOException {
        Path target = Files.writeString(dir.resolve("good.zip"), "already here");
        new Downloader(new PrintStream(progress)).fetch(uri("/none.zip"), target);
        assertThat(target).hasContent("already here");
    }
}
