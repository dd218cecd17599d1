package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @TempDir
    Path dir;

    /** A runnable jar at MODULE/target/quarkus-app/quarkus-run.jar whose main class is {@link FakeService}. */
    private Path fakeServiceJar() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("fake-service/target/quarkus-app")).resolve("quarkus-run.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        URI testClasses = FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses.toString());
        try (JarOutputStream ignored = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            return jar;
        }
    }

    @Test
    void startsTheJarWithItsEnvironmentAndWaitsUntilHealthy() throws Exception {
        int port = Ports.free();
        Path log = dir.resolve("logs/fake.log");
        ServiceProcess service = new ServiceProcess("fake", fakeServiceJar(), port,
                Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/x", "FAKE_READY_AFTER_MS", "1500"), log)
                .jvmOptions(java.util.List.of("-Xmx32m"));
        try {
            service.start();
            assertThat(service.isHealthy()).isFalse();
            assertThat(service.awaitHealthy(Duration.ofSeconds(30))).isTrue();
            HttpResponse<String> env = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(service.baseUri().resolve("/env")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(env.body()).isEqualTo("jdbc:postgresql://db/x " + dir.resolve("fake-service"));
            assertThat(Files.readString(log)).contains("starting:").contains("fake service listening on " + port);
        } finally {
            service.stop();
        }
        assertThat(service.isHealthy()).isFalse();
    }

    @Test
    void reportsAServiceThatExitsInsteadOfWaitingForTheTimeout() throws Exception {
        ServiceProcess service = new ServiceProcess("fake", fakeServiceJar(), Ports.free(), Map.of("FAKE_MODE", "fail"),
                dir.resolve("fail.log")).jvmOptions(java.util.List.of("-Xmx32m"));
        long start = System.nanoTime();
        service.start();
        assertThat(service.awaitHealthy(Duration.ofSeconds(60))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(Files.readString(dir.resolve("fail.log"))).contains("failing on purpose");
    }

    @Test
    void healthWaitPollsUntilTheEndpointAnswers200() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/health/ready", exchange -> {
            int status = calls.incrementAndGet() < 3 ? 503 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            ServiceProcess service = new ServiceProcess("fake", dir.resolve("none.jar"), server.getAddress().getPort(),
                    Map.of(), dir.resolve("x.log"));
            assertThat(service.awaitHealthy(Duration.ofSeconds(10))).isTrue();
            assertThat(calls.get()).isEqualTo(3);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void healthWaitTimesOutWhenNothingAnswers() {
        ServiceProcess service = new ServiceProcess("fake", dir.resolve("none.jar"), Ports.free(), Map.of(),
                dir.resolve("x.log"));
        assertThat(service.awaitHealthy(Duration.ofMillis(600))).isFalse();
    }

    @Test
    void aMissingJarIsReportedBeforeStarting() {
        ServiceProcess service = new ServiceProcess("fake", dir.resolve("missing.jar"), 1, Map.of(), dir.resolve("x"));
        assertThatThrownBy(service::start).isInstanceOf(NoSuchFileException.class).hasMessageContaining("missing.jar");
    }

    @Test
    void portIsAlwaysPassedAsQuarkusHttpPort() {
        ServiceProcess service = new ServiceProcess("s", dir.resolve("a.jar"), 8083,
                Map.of("QUARKUS_HTTP_PORT", "1", "X", "y"), dir.resolve("x"));
        assertThat(service.env()).containsEntry("QUARKUS_HTTP_PORT", "8083").containsEntry("X", "y");
        assertThat(service.command()).endsWith("-jar", dir.resolve("a.jar").toAbsolutePath().toString());
        assertThat(service.readinessUri()).hasToString("http://127.0.0.1:8083/q/health/ready");
    }
}
