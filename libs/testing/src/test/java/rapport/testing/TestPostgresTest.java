package rapport.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** This module's tests run with RAPPORT_TEST_PG=embedded (see its pom): the fallback of a machine without a server. */
class TestPostgresTest {

    private static final Path ROOT = EmbeddedTestServer.ROOT;

    @Test
    void withoutAServerATestJvmGetsAnEmbeddedOneOfItsOwnWithFreshDatabases() throws Exception {
        assertThat(TestPostgres.embedded()).isTrue();
        String url = TestPostgres.jdbcUrl();
        assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:").doesNotContain(":5432/").contains("/rapport_test_");
        try (Connection db = TestPostgres.connect(); Statement sql = db.createStatement()) {
            sql.execute("create table note (text text)");
            sql.execute("insert into note values ('Zoë')");
            assertThat(single(sql, "select upper(text) from note")).isEqualTo("ZOË");
            assertThat(single(sql, "show data_directory"))
                    .startsWith(ROOT.resolve("jvm-" + ProcessHandle.current().pid() + "-").toString());
            assertThat(single(sql, "show fsync")).as("throwaway data").isEqualTo("off");
            assertThat(single(sql, "select current_user")).isEqualTo(TestPostgres.user()).isEqualTo("postgres");
        }
        String second = TestPostgres.createDatabase("second");
        assertThat(second.substring(0, second.lastIndexOf('/'))).isEqualTo(url.substring(0, url.lastIndexOf('/')));
        assertThat(second).isNotEqualTo(url).endsWith("_second");
    }

    /** Quarkus loads libraries in more than one class loader: every copy must use the one server. */
    @Test
    void anotherClassLoadersCopyUsesTheSameServer() throws Exception {
        String url = TestPostgres.jdbcUrl();
        URL[] classpath = Arrays.stream(System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")).split(File.pathSeparator)).map(TestPostgresTest::url)
                .toArray(URL[]::new);
        try (URLClassLoader other = new URLClassLoader(classpath, ClassLoader.getPlatformClassLoader())) {
            Class<?> copy = other.loadClass(TestPostgres.class.getName());
            assertThat(copy).isNotSameAs(TestPostgres.class);
            assertThat(copy.getMethod("embedded").invoke(null)).isEqualTo(true);
            assertThat(copy.getMethod("jdbcUrl").invoke(null)).isEqualTo(url);
        }
        try (var dirs = Files.list(ROOT)) {
            assertThat(dirs.map(d -> d.getFileName().toString())
                    .filter(n -> n.startsWith("jvm-" + ProcessHandle.current().pid() + "-"))).hasSize(1);
        }
    }

    private static URL url(String path) {
        try {
            return Path.of(path).toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void anExitingTestJvmStopsItsServerAndDeletesItsFiles() throws Exception {
        Process jvm = testJvm("exit");
        Map<String, String> printed = readUntilReady(jvm);
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jvm.exitValue()).isZero();
        assertGone(printed);
    }

    @Test
    void theServerOfAKilledTestJvmIsRemovedByTheNextOne() throws Exception {
        Process killed = testJvm("wait");
        Map<String, String> abandoned = readUntilReady(killed);
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        long postmaster = Long.parseLong(abandoned.get("postmaster"));
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).as("left behind").isPresent();
        assertThat(Path.of(abandoned.get("data"))).exists();

        Process next = testJvm("exit");
        readUntilReady(next);
        assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertGone(abandoned);
    }

    private static void assertGone(Map<String, String> printed) throws InterruptedException {
        long postmaster = Long.parseLong(printed.get("postmaster"));
        ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).as("server stopped").isEmpty();
        assertThat(Path.of(printed.get("data")).getParent()).as("its directory").doesNotExist();
    }

    private static Process testJvm(String mode) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                TestPostgresJvm.class.getName(), mode);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    private static Map<String, String> readUntilReady(Process jvm) throws IOException {
        Map<String, String> printed = new HashMap<>();
        StringBuilder all = new StringBuilder();
        BufferedReader lines = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
            all.append(line).append('\n');
            if (line.equals("ready")) {
                return printed;
            }
            int space = line.indexOf(' ');
            if (space > 0) {
                printed.put(line.substring(0, space), line.substring(space + 1));
            }
        }
        throw new AssertionError("the test JVM ended before it was ready:\n" + all);
    }

    private static String single(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
